// Types of timconv for Node.js: the Web SDK's conversation API over libImSDK.so.

declare namespace TIM {
  type ConversationType = 'C2C' | 'GROUP' | '@TIM#SYSTEM';
  type MessagePriority = 'High' | 'Normal' | 'Low' | 'Lowest';
  type MessageRemindType =
    | 'AcceptAndNotify'
    | 'AcceptNotNotify'
    | 'Discard'
    | 'AcceptNotNotifyExceptAt'
    | 'DiscardExceptAt';
  /** A mark bit set: a Number up to 2^53, or a BigInt for the custom bits above. */
  type MarkType = number | bigint;

  /** Every promise resolves with this shape. */
  interface Response<T> {
    code: 0;
    data: T;
  }

  /** Every promise rejects with an Error of this shape. */
  interface TIMError extends Error {
    code: number;
    message: string;
  }

  interface Types {
    readonly CONV_C2C: 'C2C';
    readonly CONV_GROUP: 'GROUP';
    readonly CONV_SYSTEM: '@TIM#SYSTEM';
    readonly MSG_TEXT: 'TIMTextElem';
    readonly MSG_IMAGE: 'TIMImageElem';
    readonly MSG_SOUND: 'TIMSoundElem';
    readonly MSG_AUDIO: 'TIMSoundElem';
    readonly MSG_VIDEO: 'TIMVideoFileElem';
    readonly MSG_FILE: 'TIMFileElem';
    readonly MSG_CUSTOM: 'TIMCustomElem';
    readonly MSG_MERGER: 'TIMRelayElem';
    readonly MSG_LOCATION: 'TIMLocationElem';
    readonly MSG_FACE: 'TIMFaceElem';
    readonly MSG_GRP_TIP: 'TIMGroupTipElem';
    readonly MSG_GRP_SYS_NOTICE: 'TIMGroupSystemNoticeElem';
    readonly MSG_PRIORITY_HIGH: 'High';
    readonly MSG_PRIORITY_NORMAL: 'Normal';
    readonly MSG_PRIORITY_LOW: 'Low';
    readonly MSG_PRIORITY_LOWEST: 'Lowest';
    readonly GRP_WORK: 'Private';
    readonly GRP_PUBLIC: 'Public';
    readonly GRP_MEETING: 'ChatRoom';
    readonly GRP_AVCHATROOM: 'AVChatRoom';
    readonly GRP_COMMUNITY: 'Community';
    readonly MSG_REMIND_ACPT_AND_NOTE: 'AcceptAndNotify';
    readonly MSG_REMIND_ACPT_NOT_NOTE: 'AcceptNotNotify';
    readonly MSG_REMIND_DISCARD: 'Discard';
    readonly CONV_MARK_TYPE_STAR: 1;
    readonly CONV_MARK_TYPE_UNREAD: 2;
    readonly CONV_MARK_TYPE_FOLD: 4;
    readonly CONV_MARK_TYPE_HIDE: 8;
    readonly CONV_AT_ME: 1;
    readonly CONV_AT_ALL: 2;
    readonly CONV_AT_ALL_AT_ME: 3;
    readonly READ_ALL_C2C_MSG: 'readAllC2CMessage';
    readonly READ_ALL_GROUP_MSG: 'readAllGroupMessage';
    readonly READ_ALL_MSG: 'readAllMsg';
  }

  interface Events {
    readonly SDK_READY: 'sdkStateReady';
    readonly SDK_NOT_READY: 'sdkStateNotReady';
    readonly MESSAGE_RECEIVED: 'onMessageReceived';
    readonly MESSAGE_MODIFIED: 'onMessageModified';
    readonly MESSAGE_REVOKED: 'onMessageRevoked';
    readonly MESSAGE_READ_BY_PEER: 'onMessageReadByPeer';
    readonly CONVERSATION_LIST_UPDATED: 'onConversationListUpdated';
    readonly TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: 'onTotalUnreadMessageCountUpdated';
    readonly CONVERSATION_GROUP_LIST_UPDATED: 'onConversationGroupListUpdated';
    readonly CONVERSATION_IN_GROUP_UPDATED: 'onConversationInGroupUpdated';
  }

  type TextPayload = { text: string };
  type CustomPayload = { data: string; description: string; extension: string };

  interface Message {
    ID: string;
    type: string;
    payload: TextPayload | CustomPayload | Record<string, never>;
    conversationID: string;
    conversationType: 'C2C' | 'GROUP';
    to: string;
    from: string;
    flow: 'in' | 'out';
    time: number;
    clientTime: number;
    sequence: number;
    random: number;
    status: 'unSend' | 'success' | 'fail';
    isRevoked: boolean;
    isRead: boolean;
    isPeerRead: boolean;
    isDeleted: boolean;
    priority: MessagePriority;
    nick: string;
    avatar: string;
    nameCard: string;
    atUserList: string[];
    cloudCustomData: string;
    onlineOnlyFlag: boolean;
  }

  interface LastMessage {
    lastTime: number;
    lastSequence: number;
    fromAccount: string;
    messageForShow: string;
    type: string;
    payload: Message['payload'] | null;
    isRevoked: boolean;
    revoker: string | null;
    isPeerRead: boolean;
    nick: string;
    nameCard: string;
    cloudCustomData: string;
    onlineOnlyFlag: boolean;
  }

  interface GroupAtInfo {
    from: string;
    groupID: string;
    messageSequence: number;
    atTypeArray: number[];
  }

  interface Conversation {
    conversationID: string;
    type: ConversationType;
    /** The group type of a group conversation, else ''. */
    subType: string;
    unreadCount: number;
    lastMessage: LastMessage;
    groupProfile: {
      groupID: string;
      name: string;
      avatar: string;
      type: string;
      selfInfo: { messageRemindType: MessageRemindType };
    } | null;
    userProfile: { userID: string; nick: string; avatar: string } | null;
    remark: string;
    isPinned: boolean;
    messageRemindType: MessageRemindType;
    groupAtInfoList: GroupAtInfo[];
    markList: number[];
    customData: string;
    conversationGroupList: string[];
    draftText: string;
  }

  interface ConversationFilter {
    type?: 'C2C' | 'GROUP';
    markType?: MarkType;
    groupName?: string;
    hasUnreadCount?: boolean;
    hasGroupAtInfo?: boolean;
  }

  interface ConversationList {
    conversationList: Conversation[];
    isSyncCompleted: boolean;
  }

  interface OperationResults {
    successConversationIDList: string[];
    failureConversationIDList: { conversationID: string; code: number; message: string }[];
  }

  interface MessageOptions<P> {
    to: string;
    conversationType: 'C2C' | 'GROUP';
    payload: P;
    priority?: MessagePriority;
    cloudCustomData?: string;
    atUserList?: string[];
  }

  interface EventData {
    sdkStateReady: {};
    sdkStateNotReady: {};
    onMessageReceived: Message[];
    onMessageModified: Message[];
    onMessageRevoked: {
      conversationID: string;
      sequence: number;
      random: number;
      time: number;
      flow: 'in' | 'out';
      isRevoked: true;
    }[];
    onMessageReadByPeer: { conversationID: string; peerReadTime: number }[];
    onConversationListUpdated: Conversation[];
    onTotalUnreadMessageCountUpdated: number;
    onConversationGroupListUpdated: string[];
    onConversationInGroupUpdated: { groupName: string; conversationList: Conversation[] };
  }

  type EventName = keyof EventData;
  type Handler<E extends EventName> = (event: { name: E; data: EventData[E] }) => void;

  /**
   * The server feed: what a server would push, in the C API's JSON shapes (README, "The server
   * feed"). Each resolves once the library applied it.
   */
  interface ServerFeed {
    receiveMessages(messages: object[]): Promise<Response<{ messageList: Message[] }>>;
    updateUserProfiles(profiles: object[]): Promise<Response<{}>>;
    updateGroupInfos(groups: object[]): Promise<Response<{}>>;
    receiveReadReceipts(receipts: object[]): Promise<Response<{}>>;
    syncReadState(options?: {
      conversationID?: string;
      readTimestamp?: number | bigint;
      readSequence?: number | bigint;
    }): Promise<Response<{}>>;
    revokeMessages(messages: object[]): Promise<Response<{}>>;
    updateMessages(messages: object[]): Promise<Response<{}>>;
  }

  interface Instance {
    readonly SDKAppID: number;
    readonly ext: ServerFeed;

    destroy(): Promise<Response<{}>>;
    setLogLevel(level: number): void;
    login(options: { userID: string; userSig?: string }): Promise<Response<{ repeatLogin: boolean }>>;
    logout(): Promise<Response<{}>>;
    getLoginUser(): string;

    on<E extends EventName>(name: E, handler: Handler<E>, context?: unknown): void;
    off<E extends EventName>(name: E, handler: Handler<E>, context?: unknown): void;

    getConversationList(
      options?: string[] | ConversationFilter,
    ): Promise<Response<ConversationList>>;
    getConversationProfile(conversationID: string): Promise<Response<{ conversation: Conversation }>>;
    deleteConversation(conversationID: string): Promise<Response<{ conversationID: string }>>;
    deleteConversation(options: {
      conversationIDList: string[];
      clearHistoryMessage?: boolean;
    }): Promise<Response<{ conversationIDList: string[] }>>;
    pinConversation(options: {
      conversationID: string;
      isPinned: boolean;
    }): Promise<Response<{ conversationID: string }>>;
    setMessageRead(options: { conversationID: string }): Promise<Response<{}>>;
    setAllMessageRead(options?: {
      scope?: 'readAllC2CMessage' | 'readAllGroupMessage' | 'readAllMsg';
    }): Promise<Response<{}>>;
    /** A promise of the number (the Web SDK returns the number at once). */
    getTotalUnreadMessageCount(): Promise<number>;
    setConversationDraft(options: {
      conversationID: string;
      draftText: string;
    }): Promise<Response<{ conversation: Conversation | null }>>;
    markConversation(options: {
      conversationIDList: string[];
      markType: MarkType;
      enableMark: boolean;
    }): Promise<Response<OperationResults>>;
    setConversationCustomData(options: {
      conversationIDList: string[];
      customData: string;
    }): Promise<Response<OperationResults>>;

    getConversationGroupList(): Promise<Response<string[]>>;
    createConversationGroup(options: {
      groupName: string;
      conversationIDList: string[];
    }): Promise<Response<OperationResults>>;
    deleteConversationGroup(groupName: string): Promise<Response<{}>>;
    renameConversationGroup(options: { oldName: string; newName: string }): Promise<Response<{}>>;
    addConversationsToGroup(options: {
      groupName: string;
      conversationIDList: string[];
    }): Promise<Response<OperationResults>>;
    deleteConversationsFromGroup(options: {
      groupName: string;
      conversationIDList: string[];
    }): Promise<Response<OperationResults>>;

    createTextMessage(options: MessageOptions<{ text: string }>): Message;
    createCustomMessage(options: MessageOptions<Partial<CustomPayload>>): Message;
    sendMessage(message: Message): Promise<Response<{ message: Message }>>;
  }
}

declare const TIM: {
  /** Initialises the SDK; `dataPath` (an extension) is where the local databases live. */
  create(options: { SDKAppID: number; dataPath?: string }): TIM.Instance;
  readonly TYPES: TIM.Types;
  readonly EVENT: TIM.Events;
  readonly TIMError: new (code: number, message?: string) => TIM.TIMError;
  readonly VERSION: string;
};

export = TIM;
