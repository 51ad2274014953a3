// Compiled (not run) by test.sh: the declarations accept the Web SDK's usual calls and keep
// the result types.
import TIM = require('../..');

async function usage(): Promise<void> {
  const tim = TIM.create({ SDKAppID: 1400000001, dataPath: '/tmp/timconv' });
  tim.on(TIM.EVENT.CONVERSATION_LIST_UPDATED, (event) => {
    const ids: string[] = event.data.map((c) => c.conversationID);
    void ids;
  });
  tim.on(TIM.EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, (event) => {
    const total: number = event.data;
    void total;
  });
  await tim.login({ userID: 'alice', userSig: 'sig' });
  const all = await tim.getConversationList();
  const first: TIM.Conversation | undefined = all.data.conversationList[0];
  const some = await tim.getConversationList(['C2Cbob', 'GROUPteam']);
  const starred = await tim.getConversationList({ markType: TIM.TYPES.CONV_MARK_TYPE_STAR });
  const high = await tim.getConversationList({ markType: 1n << 40n, type: TIM.TYPES.CONV_C2C });
  const profile = await tim.getConversationProfile('C2Cbob');
  const unread: number = profile.data.conversation.unreadCount + (await tim.getTotalUnreadMessageCount());
  await tim.pinConversation({ conversationID: 'C2Cbob', isPinned: true });
  await tim.setMessageRead({ conversationID: 'C2Cbob' });
  await tim.setAllMessageRead({ scope: TIM.TYPES.READ_ALL_C2C_MSG });
  await tim.setConversationDraft({ conversationID: 'C2Cbob', draftText: 'later' });
  const marked = await tim.markConversation({ conversationIDList: ['C2Cbob'], markType: 1, enableMark: true });
  const failed: number = marked.data.failureConversationIDList.length;
  await tim.deleteConversation('C2Cbob');
  const deleted = await tim.deleteConversation({ conversationIDList: ['C2Cbob'], clearHistoryMessage: false });
  const groups: string[] = (await tim.getConversationGroupList()).data;
  await tim.createConversationGroup({ groupName: 'work', conversationIDList: ['C2Cbob'] });
  const message = tim.createTextMessage({ to: 'bob', conversationType: TIM.TYPES.CONV_C2C, payload: { text: 'hi' } });
  const sent = await tim.sendMessage(message);
  const id: string = sent.data.message.ID;
  await tim.ext.receiveMessages([{ message_conv_id: 'bob', message_conv_type: 1, message_sender: 'bob' }]);
  try {
    await tim.getConversationList([]);
  } catch (error) {
    const code: number = (error as TIM.TIMError).code;
    void code;
  }
  // @ts-expect-error: a conversation list takes IDs or a filter object
  await tim.getConversationList(42);
  // @ts-expect-error: the total is a number
  const wrong: string = await tim.getTotalUnreadMessageCount();
  // @ts-expect-error: unknown event data shape
  tim.on(TIM.EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, (event) => event.data.length);
  void [wrong, first, some, starred, high, unread, failed, deleted, groups, id];
  await tim.destroy();
}

void usage;
