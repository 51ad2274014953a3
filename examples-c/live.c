/*
 * live: a terminal conversation list that updates while a simulated backend pushes traffic.
 *
 *   live                   interactive in a terminal, otherwise the same as --script
 *   live --interactive [--seed N] [--messages N] [--interval MS]
 *                          random traffic (N messages, 0 = endless, every MS ms) while you use
 *                          the keys below
 *   live --script          a scripted session (traffic, then keys), printing each frame and
 *                          checking what it shows; exits 0 when every check passed
 *   live --auto [MS]       the scripted session paced for watching, MS ms per step
 *   live --homeserver URL --user ID --sig JWT [--data DIR]
 *                          a real session with a Matrix homeserver: no simulated traffic; the
 *                          list is what the server holds, and s / n send messages
 *
 * Keys: up/down (or k/j) move, Enter (or o) opens the conversation and reads it, p pins,
 * m marks (star), d edits the draft (Enter saves, an empty draft is removed, Esc leaves),
 * x (or Delete) deletes, t pauses the traffic, q quits. With a homeserver: s sends a message to
 * the selected conversation (in a group, @name mentions name and @all everyone), n starts a
 * chat with a user (their ID, Enter, then the message).
 *
 * The list on screen is the app's own copy, kept current only by the SDK's listeners: the
 * conversation event listener (Add / Update / Del with ConvInfo objects) and the total-unread
 * listener. The backend thread plays the server: it calls the server feed of TIMExtension.h as
 * a network layer would. Every SDK callback runs on the SDK's worker thread, so the copy is
 * guarded by a mutex and the screen is redrawn from the main thread.
 */
#define _XOPEN_SOURCE 700

#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "TIMCloud.h"
#include "TIMExtension.h"
#include "jscan.h"
#include "live_platform.h"

/* The logged-in user: alice with the simulated backend, --user with a homeserver. */
static const char *USER = "alice";
/* The homeserver of a real session ("": the simulated backend). */
static const char *homeserver = "";
#define MAX_CONVS 64
#define OPEN_LINES 5

/* ---- the app's copy of the conversation list --------------------------------------------- */

typedef struct Conv {
    char id[64];
    int type; /* TIMConvType */
    char name[64];
    long long unread;
    unsigned long long order; /* conv_active_time: pinned ones carry bit 62 */
    bool pinned;
    unsigned long long marks;
    int at; /* bit 1: @ the user, bit 2: @ everyone (TIMGroupAtType values OR-ed) */
    bool has_draft;
    char draft[128];
    char last[160]; /* "sender: text" */
} Conv;

typedef struct Model {
    pthread_mutex_t mu;
    Conv convs[MAX_CONVS];
    int count;
    long long total; /* from the total-unread listener (and its first answer) */
    bool total_known;
    unsigned long generation; /* bumped by every change: the screen is redrawn */
    char open_id[64];
    int open_type;
    char open_lines[OPEN_LINES][160];
    int open_count;
    char status[160];
    int pushed; /* pushes the SDK acknowledged */
    char last_push[48];
    char network[32]; /* the homeserver connection, from the network-status listener */
} Model;

static Model model = {.mu = PTHREAD_MUTEX_INITIALIZER};

/* Copies a JSON string's content, decoding the common escapes (others become '?'). */
static void json_text(JSpan v, char *out, size_t size) {
    char raw[512];
    size_t n = 0;
    if (size == 0) return;
    if (!jscan_str_copy(v, raw, sizeof raw)) raw[0] = '\0';
    for (const char *p = raw; *p && n + 1 < size; p++) {
        if (*p != '\\') {
            out[n++] = *p;
            continue;
        }
        p++;
        if (*p == 'u') {
            for (int i = 0; i < 4 && p[1]; i++) p++;
            out[n++] = '?';
        } else if (*p == 'n' || *p == 't' || *p == 'r') {
            out[n++] = ' ';
        } else if (*p) {
            out[n++] = *p;
        } else {
            break;
        }
    }
    out[n] = '\0';
}

/* Escapes text for a JSON string (quotes not included). */
static void json_escape(const char *text, char *out, size_t size) {
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p && n + 7 < size; p++) {
        if (*p == '"' || *p == '\\') {
            out[n++] = '\\';
            out[n++] = (char)*p;
        } else if (*p < 0x20) {
            n += (size_t)snprintf(out + n, size - n, "\\u%04x", *p);
        } else {
            out[n++] = (char)*p;
        }
    }
    out[n] = '\0';
}

static bool message_text(JSpan message, char *out, size_t size) {
    JSpan elems, elem, text;
    if (!jscan_member(message, kTIMMsgElemArray, &elems) || !jscan_index(elems, 0, &elem)) return false;
    if (!jscan_member(elem, kTIMTextElemContent, &text)) {
        snprintf(out, size, "[element %lld]", jscan_get_int(elem, kTIMElemType));
        return true;
    }
    json_text(text, out, size);
    return true;
}

/* "sender: text" of a Message. */
static void message_line(JSpan message, char *out, size_t size) {
    char sender[48] = "you", text[128] = "";
    JSpan v;
    if (!jscan_get_true(message, kTIMMsgIsFormSelf) && jscan_member(message, kTIMMsgSender, &v)) {
        json_text(v, sender, sizeof sender);
    }
    if (jscan_get_int(message, kTIMMsgStatus) == kTIMMsg_Revoked) {
        snprintf(text, sizeof text, "(revoked)");
    } else {
        message_text(message, text, sizeof text);
    }
    snprintf(out, size, "%s: %s", sender, text);
}

static void conv_from_json(JSpan info, Conv *c) {
    JSpan v, item, draft;
    memset(c, 0, sizeof *c);
    if (jscan_member(info, kTIMConvId, &v)) json_text(v, c->id, sizeof c->id);
    c->type = (int)jscan_get_int(info, kTIMConvType);
    if (jscan_member(info, kTIMConvShowName, &v)) json_text(v, c->name, sizeof c->name);
    if (c->name[0] == '\0') snprintf(c->name, sizeof c->name, "%s", c->id);
    c->unread = jscan_get_int(info, kTIMConvUnReadNum);
    if (jscan_member(info, kTIMConvActiveTime, &v)) c->order = jscan_uint(v);
    c->pinned = jscan_get_true(info, kTIMConvIsPinned);
    if (jscan_member(info, kTIMConvMarkArray, &v)) {
        for (int i = 0; jscan_index(v, i, &item); i++) c->marks |= jscan_uint(item);
    }
    if (jscan_member(info, kTIMConvGroupAtInfoArray, &v)) {
        for (int i = 0; jscan_index(v, i, &item); i++) {
            long long type = jscan_get_int(item, kTIMGroupAtInfoAtType);
            if (type > 0) c->at |= (int)type;
        }
    }
    if (jscan_get_true(info, kTIMConvIsHasDraft) && jscan_member(info, kTIMConvDraft, &draft) &&
        jscan_member(draft, kTIMDraftMsg, &v) && message_text(v, c->draft, sizeof c->draft)) {
        c->has_draft = true;
    }
    if (jscan_get_true(info, kTIMConvIsHasLastMsg) && jscan_member(info, kTIMConvLastMsg, &v)) {
        message_line(v, c->last, sizeof c->last);
    }
}

static int find_conv(const char *id, int type) {
    for (int i = 0; i < model.count; i++) {
        if (model.convs[i].type == type && strcmp(model.convs[i].id, id) == 0) return i;
    }
    return -1;
}

static void set_status(const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    pthread_mutex_lock(&model.mu);
    vsnprintf(model.status, sizeof model.status, fmt, args);
    model.generation++;
    pthread_mutex_unlock(&model.mu);
    va_end(args);
}

/* ---- listeners (the SDK's worker thread) --------------------------------------------------- */

static void on_network(enum TIMNetworkStatus status, int32_t code, const char *desc, const void *user_data) {
    (void)code;
    (void)desc;
    (void)user_data;
    static const char *names[] = {"connected", "disconnected", "connecting", "cannot connect"};
    pthread_mutex_lock(&model.mu);
    snprintf(model.network, sizeof model.network, "%s", (unsigned)status < 4 ? names[status] : "?");
    model.generation++;
    pthread_mutex_unlock(&model.mu);
}

static void on_conv_event(enum TIMConvEvent event, const char *json_conv_array, const void *user_data) {
    (void)user_data;
    if (event != kTIMConvEvent_Add && event != kTIMConvEvent_Update && event != kTIMConvEvent_Del) {
        return; /* Start / Finish of a sync */
    }
    JSpan list = jscan_root(json_conv_array), info;
    pthread_mutex_lock(&model.mu);
    for (int i = 0; jscan_index(list, i, &info); i++) {
        Conv c;
        conv_from_json(info, &c);
        int at = find_conv(c.id, c.type);
        if (event == kTIMConvEvent_Del) {
            if (at >= 0) model.convs[at] = model.convs[--model.count];
            if (model.open_type == c.type && strcmp(model.open_id, c.id) == 0) {
                model.open_id[0] = '\0';
                model.open_count = 0;
            }
        } else if (at >= 0) {
            model.convs[at] = c;
        } else if (model.count < MAX_CONVS) {
            model.convs[model.count++] = c;
        }
    }
    model.generation++;
    pthread_mutex_unlock(&model.mu);
}

static void on_total_unread(int total, const void *user_data) {
    (void)user_data;
    pthread_mutex_lock(&model.mu);
    model.total = total;
    model.total_known = true;
    model.generation++;
    pthread_mutex_unlock(&model.mu);
}

/* ---- waiting for the SDK (start-up, and the scripted session) ------------------------------ */

typedef struct Waiter {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool done;
    int code;
    char json[4096];
} Waiter;

static void waiter_init(Waiter *w) {
    memset(w, 0, sizeof *w);
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
}

static void on_waited(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)desc;
    Waiter *w = (Waiter *)user_data;
    pthread_mutex_lock(&w->mu);
    w->code = code;
    snprintf(w->json, sizeof w->json, "%s", json ? json : "");
    w->done = true;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

/* Waits for the callback of an accepted call; returns its code (or the rejected call's). */
static int wait_for(int rc, Waiter *w) {
    if (rc != TIM_SUCC) return rc;
    pthread_mutex_lock(&w->mu);
    while (!w->done) pthread_cond_wait(&w->cv, &w->mu);
    pthread_mutex_unlock(&w->mu);
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->cv);
    return w->code;
}

/* Callbacks run in call order and listeners before the callback of their change: once this
 * call's callback ran, every earlier change is on screen. */
static void settle(void) {
    Waiter w;
    waiter_init(&w);
    wait_for(TIMConvGetTotalUnreadMessageCount(on_waited, &w), &w);
}

/* ---- the simulated backend ----------------------------------------------------------------- */

typedef struct Push {
    const char *conv;
    int type;
    const char *sender;
    const char *text;
    int at; /* 0, 1 (@alice) or 2 (@all) */
} Push;

static void on_pushed(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)json;
    const char *conv = (const char *)user_data;
    pthread_mutex_lock(&model.mu);
    if (code == 0) {
        model.pushed++;
        snprintf(model.last_push, sizeof model.last_push, "%s", conv);
    } else {
        snprintf(model.status, sizeof model.status, "push failed: %d %s", code, desc);
    }
    model.generation++;
    pthread_mutex_unlock(&model.mu);
}

/* One message from the server, as TIMExtReceiveMessages takes it. */
static void push(const Push *m) {
    char text[256], at[96] = "", json[768];
    json_escape(m->text, text, sizeof text);
    if (m->at) {
        snprintf(at, sizeof at, ",\"%s\":[\"%s\"]", kTIMMsgGroupAtUserArray,
                 m->at == 1 ? USER : kImSDK_MessageAtALL);
    }
    snprintf(json, sizeof json,
             "[{\"%s\":\"%s\",\"%s\":%d,\"%s\":\"%s\",\"%s\":[{\"%s\":%d,\"%s\":\"%s\"}]%s}]",
             kTIMMsgConvId, m->conv, kTIMMsgConvType, m->type, kTIMMsgSender, m->sender,
             kTIMMsgElemArray, kTIMElemType, (int)kTIMElem_Text, kTIMTextElemContent, text, at);
    TIMExtReceiveMessages(json, on_pushed, m->conv);
}

/* Names a server would send along: C2C conversations show nicknames, groups their names. */
static void push_profiles(void) {
    static const char profiles[] =
        "[{\"" kTIMUserProfileIdentifier "\":\"bob\",\"" kTIMUserProfileNickName "\":\"Bob Li\"},"
        "{\"" kTIMUserProfileIdentifier "\":\"carol\",\"" kTIMUserProfileNickName "\":\"Carol Wu\"},"
        "{\"" kTIMUserProfileIdentifier "\":\"dave\",\"" kTIMUserProfileNickName "\":\"Dave\"},"
        "{\"" kTIMUserProfileIdentifier "\":\"erin\",\"" kTIMUserProfileFriendRemark "\":\"Erin (gym)\"}]";
    static const char groups[] =
        "[{\"" kTIMGroupBaseInfoGroupId "\":\"team\",\"" kTIMGroupBaseInfoGroupName "\":\"Release team\"},"
        "{\"" kTIMGroupBaseInfoGroupId "\":\"family\",\"" kTIMGroupBaseInfoGroupName "\":\"Family\"},"
        "{\"" kTIMGroupBaseInfoGroupId "\":\"books\",\"" kTIMGroupBaseInfoGroupName "\":\"Book club\"}]";
    TIMExtUpdateUserProfiles(profiles, NULL, NULL);
    TIMExtUpdateGroupInfos(groups, NULL, NULL);
}

typedef struct Backend {
    pthread_t thread;
    bool running;
    /* a fixed plan (scripted session) ... */
    const Push *plan;
    int plan_count;
    int step_ms;
    /* ... or random traffic (interactive) */
    unsigned seed;
    int limit; /* 0 = endless */
    int interval_ms;
    atomic_int paused;
    atomic_int stop;
    atomic_int sent; /* pushes made (model.pushed counts the acknowledged ones) */
} Backend;

static unsigned next_random(unsigned *state) {
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    return *state;
}

static const Push *random_push(unsigned *state) {
    static const char *c2c[] = {"bob", "carol", "dave", "erin"};
    static const char *groups[] = {"team", "family", "books"};
    static const char *senders[] = {"bob", "carol", "dave", "erin", "mom"};
    static const char *texts[] = {
        "Are we still on for lunch?", "The build is green again", "Can you take a look?",
        "Photos from the weekend", "Running 5 minutes late", "Who has the slides?",
        "Chapter 7 was a surprise", "Dinner on Sunday?", "Merged, thanks!",
        "Ping me when you are free", "New version is out", "Coffee?",
    };
    static Push slot[8];
    static int next = 0;
    Push *m = &slot[next++ % 8]; /* the SDK copies the JSON at once */
    bool group = next_random(state) % 3 == 0;
    m->type = group ? kTIMConv_Group : kTIMConv_C2C;
    m->conv = group ? groups[next_random(state) % 3] : c2c[next_random(state) % 4];
    m->sender = group ? senders[next_random(state) % 5] : m->conv;
    m->text = texts[next_random(state) % (sizeof texts / sizeof *texts)];
    unsigned roll = next_random(state) % 10;
    m->at = group && roll < 2 ? 1 : group && roll == 2 ? 2 : 0;
    return m;
}

static void *backend_main(void *arg) {
    Backend *b = (Backend *)arg;
    if (b->plan) {
        for (int i = 0; i < b->plan_count && !b->stop; i++) {
            push(&b->plan[i]);
            b->sent++;
            if (b->step_ms) sleep_ms(b->step_ms);
        }
        return NULL;
    }
    while (!b->stop && (b->limit == 0 || b->sent < b->limit)) {
        if (!b->paused) {
            push(random_push(&b->seed));
            b->sent++;
        }
        for (int waited = 0; waited < b->interval_ms && !b->stop; waited += 10) sleep_ms(10);
    }
    return NULL;
}

static bool backend_start(Backend *b) {
    b->stop = 0;
    b->sent = 0;
    b->running = pthread_create(&b->thread, NULL, backend_main, b) == 0;
    return b->running;
}

static void backend_join(Backend *b) {
    if (b->running) pthread_join(b->thread, NULL);
    b->running = false;
}

/* ---- the screen ---------------------------------------------------------------------------- */

/* Row layout (the terminal test reads these columns): selection, pin, mark, name, badge,
 * @-mark, preview. */
#define COL_NAME 5
#define NAME_WIDTH 16
#define COL_PREVIEW 36

typedef struct View {
    Conv convs[MAX_CONVS];
    int count;
    long long total;
    bool total_known;
    char open_name[64];
    char open_lines[OPEN_LINES][160];
    int open_count;
    char status[160];
    int pushed;
    char last_push[48];
    char network[32];
    unsigned long generation;
} View;

typedef struct Ui {
    char selected_id[64];
    int selected_type;
    int cursor;
    bool editing; /* typing into `input` */
    enum { EDIT_DRAFT, EDIT_MESSAGE, EDIT_RECIPIENT } edit; /* what is typed */
    char recipient[128]; /* the user a new chat goes to */
    char input[128];
    bool quit;
    bool ansi;
    int width;
    Backend *backend;
} Ui;

static int by_order(const void *a, const void *b) {
    const Conv *x = (const Conv *)a, *y = (const Conv *)b;
    if (x->pinned != y->pinned) return x->pinned ? -1 : 1;
    return x->order < y->order ? 1 : x->order > y->order ? -1 : 0;
}

/* A consistent copy of the model, sorted as the list is shown. */
static void snapshot(View *v) {
    pthread_mutex_lock(&model.mu);
    memcpy(v->convs, model.convs, sizeof(Conv) * (size_t)model.count);
    v->count = model.count;
    v->total = model.total;
    v->total_known = model.total_known;
    v->open_name[0] = '\0';
    int open = model.open_id[0] ? find_conv(model.open_id, model.open_type) : -1;
    if (open >= 0) snprintf(v->open_name, sizeof v->open_name, "%s", model.convs[open].name);
    memcpy(v->open_lines, model.open_lines, sizeof v->open_lines);
    v->open_count = open >= 0 ? model.open_count : 0;
    snprintf(v->status, sizeof v->status, "%s", model.status);
    v->pushed = model.pushed;
    snprintf(v->last_push, sizeof v->last_push, "%s", model.last_push);
    snprintf(v->network, sizeof v->network, "%s", model.network);
    v->generation = model.generation;
    pthread_mutex_unlock(&model.mu);
    qsort(v->convs, (size_t)v->count, sizeof(Conv), by_order);
}

/* The row of the selected conversation (it follows its conversation when the list moves). */
static int selected_row(const Ui *ui, const View *v) {
    for (int i = 0; i < v->count; i++) {
        if (v->convs[i].type == ui->selected_type && strcmp(v->convs[i].id, ui->selected_id) == 0) {
            return i;
        }
    }
    return v->count == 0 ? -1 : ui->cursor < v->count ? ui->cursor : v->count - 1;
}

static void select_row(Ui *ui, const View *v, int row) {
    if (row < 0 || row >= v->count) return;
    ui->cursor = row;
    snprintf(ui->selected_id, sizeof ui->selected_id, "%s", v->convs[row].id);
    ui->selected_type = v->convs[row].type;
}

/* Remembers where the selection is now, so it stays on that row if its conversation goes. */
static void track_selection(Ui *ui, const View *v) {
    int row = selected_row(ui, v);
    if (row >= 0) select_row(ui, v, row);
}

static const char *name_of(const View *v, const char *id) {
    for (int i = 0; i < v->count; i++) {
        if (strcmp(v->convs[i].id, id) == 0) return v->convs[i].name;
    }
    return id;
}

/* Appends one line, cut at the screen width; `color` wraps the whole line when ANSI is on. */
typedef struct Screen {
    char text[8192];
    size_t used;
    bool ansi;
    int width;
} Screen;

static void line(Screen *s, const char *color, const char *fmt, ...) {
    char buf[512];
    va_list args;
    va_start(args, fmt);
    vsnprintf(buf, sizeof buf, fmt, args);
    va_end(args);
    if ((int)strlen(buf) > s->width) buf[s->width] = '\0';
    size_t room = sizeof s->text - s->used;
    int n = s->ansi && color ? snprintf(s->text + s->used, room, "\x1b[%sm%s\x1b[0m\x1b[K\r\n", color, buf)
            : s->ansi        ? snprintf(s->text + s->used, room, "%s\x1b[K\r\n", buf)
                             : snprintf(s->text + s->used, room, "%s\n", buf);
    if (n > 0 && (size_t)n < room) s->used += (size_t)n;
}

static void render(const Ui *ui, const View *v, const char *caption, Screen *s) {
    s->used = 0;
    s->text[0] = '\0';
    s->ansi = ui->ansi;
    s->width = ui->width;
    char rule[256];
    int rule_width = ui->width < (int)sizeof rule - 1 ? ui->width : (int)sizeof rule - 1;
    memset(rule, '-', (size_t)rule_width);
    rule[rule_width] = '\0';

    char total[24] = "?";
    if (v->total_known) snprintf(total, sizeof total, "%lld", v->total);
    line(s, "1", "timconv live | %s | total unread %s | SDK %s", USER, total, TIMGetSDKVersion());
    const Backend *b = ui->backend;
    char traffic[64] = "";
    if (b && b->paused) snprintf(traffic, sizeof traffic, " [paused: t resumes]");
    else if (b && !b->plan && b->limit && b->sent >= b->limit) snprintf(traffic, sizeof traffic, " (done)");
    if (b || !homeserver[0]) {
        line(s, "2", "backend: %d messages pushed%s%s%s", v->pushed, v->last_push[0] ? ", last to " : "",
             v->last_push[0] ? name_of(v, v->last_push) : "", traffic);
    } else {
        line(s, "2", "homeserver: %s (%s)", homeserver, v->network);
    }
    line(s, NULL, "%s", rule);
    line(s, "2", "  P* %-*s %6s  %-4s  %s", NAME_WIDTH, "CONVERSATION", "UNREAD", "@", "LAST MESSAGE");
    int sel = selected_row(ui, v);
    if (v->count == 0 && (b || !homeserver[0])) {
        line(s, "2", "  (no conversations yet: the backend is about to push some)");
    } else if (v->count == 0) {
        line(s, "2", "  (no conversations yet: n starts one)");
    }
    for (int i = 0; i < v->count; i++) {
        const Conv *c = &v->convs[i];
        char badge[24] = "", at[8] = "", preview[192];
        if (c->unread > 0) snprintf(badge, sizeof badge, "(%lld)", c->unread);
        if (c->at & 1) snprintf(at, sizeof at, "@me");
        else if (c->at & 2) snprintf(at, sizeof at, "@all");
        if (c->has_draft) snprintf(preview, sizeof preview, "[draft] %s", c->draft);
        else snprintf(preview, sizeof preview, "%s", c->last);
        const char *color = i == sel ? "7" : c->unread > 0 ? "1" : NULL;
        line(s, color, "%c %c%c %-*.*s %6s  %-4s  %s", i == sel ? '>' : ' ', c->pinned ? 'P' : ' ',
             c->marks & kTIMConversationMarkTypeStar ? '*' : ' ', NAME_WIDTH, NAME_WIDTH, c->name,
             badge, at, preview);
    }
    line(s, NULL, "%s", rule);
    if (v->open_name[0]) {
        line(s, "36", "%s (opened and read): last %d message%s", v->open_name, v->open_count,
             v->open_count == 1 ? "" : "s");
        for (int i = 0; i < v->open_count; i++) line(s, "36", "  %s", v->open_lines[i]);
        line(s, NULL, "%s", rule);
    }
    if (ui->editing && ui->edit == EDIT_DRAFT) {
        line(s, "33", "draft> %s_   (Enter saves, empty removes, Esc leaves)", ui->input);
    } else if (ui->editing && ui->edit == EDIT_RECIPIENT) {
        line(s, "33", "to> %s_   (a user ID; Enter, then the message; Esc leaves)", ui->input);
    } else if (ui->editing) {
        line(s, "33", "say> %s_   (Enter sends, Esc leaves)", ui->input);
    } else {
        line(s, NULL, "%s", v->status[0] ? v->status : "ready");
    }
    if (ui->backend) {
        line(s, "2", "keys: up/down move  Enter open  p pin  m mark  d draft  x delete  t traffic  q quit");
    } else {
        line(s, "2", "keys: up/down move  Enter open  s say  n new chat  p pin  m mark  d draft  x delete  q quit");
    }
    if (caption) line(s, "33", "%s", caption);
}

/* ---- actions ------------------------------------------------------------------------------- */

static void on_action(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)json;
    if (code != 0) set_status("%s failed: %d %s", (const char *)user_data, code, desc);
    else set_status("%s: done", (const char *)user_data);
}

static void on_messages(int32_t code, const char *desc, const char *json, const void *user_data) {
    (void)desc;
    (void)user_data;
    if (code != 0) return;
    JSpan list = jscan_root(json), message;
    int n = jscan_length(list);
    if (n > OPEN_LINES) n = OPEN_LINES;
    pthread_mutex_lock(&model.mu);
    model.open_count = 0;
    for (int i = n - 1; i >= 0 && jscan_index(list, i, &message); i--) { /* oldest first */
        message_line(message, model.open_lines[model.open_count++], sizeof model.open_lines[0]);
    }
    model.generation++;
    pthread_mutex_unlock(&model.mu);
}

/* conversation_id as the array APIs and clean-unread take it: c2c_<id> / group_<id>. */
static void prefixed_id(const Conv *c, char *out, size_t size) {
    snprintf(out, size, "%s_%s", c->type == kTIMConv_Group ? "group" : "c2c", c->id);
}

static void act_open(const Conv *c) {
    char id[80];
    prefixed_id(c, id, sizeof id);
    pthread_mutex_lock(&model.mu);
    snprintf(model.open_id, sizeof model.open_id, "%s", c->id);
    model.open_type = c->type;
    model.open_count = 0;
    pthread_mutex_unlock(&model.mu);
    char param[64];
    snprintf(param, sizeof param, "{\"%s\":%d}", kTIMMsgGetMsgListParamCount, OPEN_LINES);
    TIMMsgGetMsgList(c->id, (enum TIMConvType)c->type, param, on_messages, NULL);
    TIMConvCleanConversationUnreadMessageCount(id, 0, 0, on_action, "read");
}

static void act_mark(const Conv *c) {
    char id[80], array[96];
    prefixed_id(c, id, sizeof id);
    snprintf(array, sizeof array, "[\"%s\"]", id);
    bool on = !(c->marks & kTIMConversationMarkTypeStar);
    TIMConvMarkConversation(array, kTIMConversationMarkTypeStar, on, on_action, on ? "mark" : "unmark");
}

static void act_draft(const Conv *c, const char *text) {
    int rc;
    if (text[0] == '\0') {
        rc = TIMConvCancelDraft(c->id, (enum TIMConvType)c->type);
    } else {
        char escaped[256], json[512];
        json_escape(text, escaped, sizeof escaped);
        snprintf(json, sizeof json, "{\"%s\":{\"%s\":[{\"%s\":%d,\"%s\":\"%s\"}]}}", kTIMDraftMsg,
                 kTIMMsgElemArray, kTIMElemType, (int)kTIMElem_Text, kTIMTextElemContent, escaped);
        rc = TIMConvSetDraft(c->id, (enum TIMConvType)c->type, json);
    }
    if (rc != TIM_SUCC) set_status("draft refused (%d)", rc);
    else set_status("draft %s", text[0] ? "saved" : "removed");
}

/* Sends `text` to a conversation; in a group, "@name" words mention name ("@all": everyone). */
static void act_say(const char *conv_id, int type, const char *text) {
    char escaped[256], at[256] = "", json[768];
    json_escape(text, escaped, sizeof escaped);
    if (type == kTIMConv_Group) {
        size_t used = 0;
        for (const char *p = strchr(text, '@'); p; p = strchr(p + 1, '@')) {
            char name[48];
            size_t n = strcspn(p + 1, " ,.:;!?");
            if (n == 0 || n >= sizeof name) continue;
            memcpy(name, p + 1, n);
            name[n] = '\0';
            const char *who = strcmp(name, "all") == 0 ? kImSDK_MessageAtALL : name;
            int wrote = snprintf(at + used, sizeof at - used, "%s\"%s\"", used ? "," : "", who);
            if (wrote < 0 || (size_t)wrote >= sizeof at - used) break;
            used += (size_t)wrote;
        }
    }
    snprintf(json, sizeof json, "{\"%s\":[{\"%s\":%d,\"%s\":\"%s\"}],\"%s\":[%s]}", kTIMMsgElemArray,
             kTIMElemType, (int)kTIMElem_Text, kTIMTextElemContent, escaped, kTIMMsgGroupAtUserArray, at);
    char id_buffer[128];
    int rc = TIMMsgSendMessage(conv_id, (enum TIMConvType)type, json, id_buffer, on_action, "send");
    if (rc != TIM_SUCC) set_status("send refused (%d)", rc);
    else set_status("sending...");
}

static void handle_key(Ui *ui, int key) {
    View v;
    snapshot(&v);
    track_selection(ui, &v);
    int row = selected_row(ui, &v);
    const Conv *c = row >= 0 ? &v.convs[row] : NULL;
    if (ui->editing) {
        size_t n = strlen(ui->input);
        if (key == KEY_ENTER) {
            ui->editing = false;
            if (ui->edit == EDIT_DRAFT && c) act_draft(c, ui->input);
            if (ui->edit == EDIT_MESSAGE && ui->recipient[0] && ui->input[0]) {
                act_say(ui->recipient, kTIMConv_C2C, ui->input);
            } else if (ui->edit == EDIT_MESSAGE && c && ui->input[0]) {
                act_say(c->id, c->type, ui->input);
            }
            if (ui->edit == EDIT_RECIPIENT && ui->input[0]) {
                snprintf(ui->recipient, sizeof ui->recipient, "%s", ui->input);
                ui->input[0] = '\0';
                ui->edit = EDIT_MESSAGE;
                ui->editing = true;
            }
        } else if (key == KEY_ESCAPE) {
            ui->editing = false;
            set_status("%s", ui->edit == EDIT_DRAFT ? "draft left unchanged" : "nothing sent");
        } else if (key == KEY_BACKSPACE) {
            if (n > 0) ui->input[n - 1] = '\0';
        } else if (key >= 32 && key < 127 && n + 1 < sizeof ui->input) {
            ui->input[n] = (char)key;
            ui->input[n + 1] = '\0';
        }
        return;
    }
    if ((key > 0 && key < 256 && strchr("jkopmdxtqsn", key) != NULL) || key >= KEY_UP) {
        set_status("%s", ""); /* a new action */
    }
    switch (key) {
    case 'j':
    case KEY_DOWN:
        select_row(ui, &v, row + 1);
        break;
    case 'k':
    case KEY_UP:
        select_row(ui, &v, row - 1);
        break;
    case 'o':
    case KEY_ENTER:
        if (c) act_open(c);
        break;
    case 'p':
        if (c) TIMConvPinConversation(c->id, (enum TIMConvType)c->type, !c->pinned, on_action, c->pinned ? "unpin" : "pin");
        break;
    case 'm':
        if (c) act_mark(c);
        break;
    case 'd':
        if (c) {
            ui->editing = true;
            ui->edit = EDIT_DRAFT;
            snprintf(ui->input, sizeof ui->input, "%s", c->has_draft ? c->draft : "");
        }
        break;
    case 's':
        if (c && !ui->backend) {
            ui->editing = true;
            ui->edit = EDIT_MESSAGE;
            ui->recipient[0] = ui->input[0] = '\0';
        }
        break;
    case 'n':
        if (!ui->backend) {
            ui->editing = true;
            ui->edit = EDIT_RECIPIENT;
            ui->recipient[0] = ui->input[0] = '\0';
        }
        break;
    case 'x':
    case KEY_DELETE:
        if (c) TIMConvDelete(c->id, (enum TIMConvType)c->type, on_action, "delete");
        break;
    case 't':
        if (ui->backend) ui->backend->paused = !ui->backend->paused;
        break;
    case 'q':
        ui->quit = true;
        break;
    default:
        return;
    }
}

/* ---- the scripted session ------------------------------------------------------------------ */

typedef struct Script {
    Ui *ui;
    int step_ms; /* 0: as fast as possible */
    int frame;
    int passed;
    int failed;
} Script;

static void show(Script *sc, const char *caption) {
    View v;
    Screen s;
    snapshot(&v);
    sc->frame++;
    char title[200];
    snprintf(title, sizeof title, "[%d] %s", sc->frame, caption);
    render(sc->ui, &v, sc->ui->ansi ? title : NULL, &s);
    if (sc->ui->ansi) {
        fputs("\x1b[H", stdout);
        fputs(s.text, stdout);
        fputs("\x1b[J", stdout);
    } else {
        printf("\n===== frame %d: %s\n%s", sc->frame, caption, s.text);
    }
    fflush(stdout);
    if (sc->step_ms) sleep_ms(sc->step_ms);
}

static void check(Script *sc, bool ok, const char *fmt, ...) {
    char what[256];
    va_list args;
    va_start(args, fmt);
    vsnprintf(what, sizeof what, fmt, args);
    va_end(args);
    if (ok) sc->passed++;
    else sc->failed++;
    if (!sc->ui->ansi || !ok) fprintf(ok ? stdout : stderr, "  %s %s\n", ok ? "ok  " : "FAIL", what);
}

/* Checks the rows' names, top to bottom ("Bob Li,Family,..."). */
static void check_order(Script *sc, const View *v, const char *expected) {
    char got[512] = "";
    for (int i = 0; i < v->count; i++) {
        strncat(got, i ? "," : "", sizeof got - strlen(got) - 1);
        strncat(got, v->convs[i].name, sizeof got - strlen(got) - 1);
    }
    check(sc, strcmp(got, expected) == 0, "rows top to bottom: %s (expected %s)", got, expected);
}

static long long unread_of(const View *v, const char *name) {
    for (int i = 0; i < v->count; i++) {
        if (strcmp(v->convs[i].name, name) == 0) return v->convs[i].unread;
    }
    return -1;
}

/* What every frame must show: the listener's total is the sum of the badges. */
static void check_total(Script *sc, const View *v, long long expected) {
    long long sum = 0;
    for (int i = 0; i < v->count; i++) sum += v->convs[i].unread;
    check(sc, v->total_known && v->total == expected && sum == expected,
          "total unread from the listener: %lld, badges add up to %lld (expected %lld)",
          v->total, sum, expected);
}

static void keys(Script *sc, const char *sequence) {
    for (const char *k = sequence; *k; k++) handle_key(sc->ui, *k == '\n' ? KEY_ENTER : *k);
    settle();
}

static void traffic(Script *sc, const Push *plan, int count) {
    Backend b = {0};
    b.plan = plan;
    b.plan_count = count;
    b.step_ms = sc->step_ms / 4;
    sc->ui->backend = &b;
    if (!backend_start(&b)) {
        check(sc, false, "backend thread started");
        return;
    }
    if (sc->step_ms) { /* let the watcher see the list move */
        unsigned long seen = 0;
        while (b.sent < count) {
            View v;
            snapshot(&v);
            if (v.generation != seen && sc->ui->ansi) {
                Screen s;
                render(sc->ui, &v, "the backend is pushing messages ...", &s);
                fputs("\x1b[H", stdout);
                fputs(s.text, stdout);
                fputs("\x1b[J", stdout);
                fflush(stdout);
                seen = v.generation;
            }
            sleep_ms(20);
        }
    }
    backend_join(&b);
    settle();
    sc->ui->backend = NULL;
}

static const Push first_wave[] = {
    {"bob", kTIMConv_C2C, "bob", "Hi Alice! Lunch today?", 0},
    {"carol", kTIMConv_C2C, "carol", "The slides are ready", 0},
    {"team", kTIMConv_Group, "carol", "Standup moved to 10:30", 0},
    {"bob", kTIMConv_C2C, "bob", "12:30 at the usual place?", 0},
    {"team", kTIMConv_Group, "dave", "@alice can you check the release notes?", 1},
    {"family", kTIMConv_Group, "mom", "Dinner on Sunday?", 2},
};

static const Push second_wave[] = {
    {"team", kTIMConv_Group, "erin", "Release is out!", 0},
    {"bob", kTIMConv_C2C, "bob", "Running 5 minutes late", 0},
};

static bool run_script(Ui *ui, int step_ms) {
    Script sc = {ui, step_ms, 0, 0, 0};
    View v;
    push_profiles();
    settle();
    show(&sc, "logged in as alice: no conversations yet");

    traffic(&sc, first_wave, 6);
    show(&sc, "the backend pushed 6 messages: newest conversation on top");
    snapshot(&v);
    check_order(&sc, &v, "Family,Release team,Bob Li,Carol Wu");
    check(&sc, unread_of(&v, "Family") == 1 && unread_of(&v, "Release team") == 2 &&
                   unread_of(&v, "Bob Li") == 2 && unread_of(&v, "Carol Wu") == 1,
          "unread badges 1, 2, 2, 1");
    check(&sc, v.count == 4 && v.convs[0].at == 2 && v.convs[1].at == 1 && v.convs[2].at == 0,
          "@-marks: Family @all, Release team @me");
    check_total(&sc, &v, 6);

    keys(&sc, "jj\n");
    show(&sc, "keys j j Enter: Bob Li opened, its unread cleaned");
    snapshot(&v);
    check(&sc, selected_row(ui, &v) == 2 && strcmp(v.convs[2].name, "Bob Li") == 0, "Bob Li selected");
    check(&sc, unread_of(&v, "Bob Li") == 0, "Bob Li has no badge");
    check(&sc, strcmp(v.open_name, "Bob Li") == 0 && v.open_count == 2 &&
                   strcmp(v.open_lines[1], "bob: 12:30 at the usual place?") == 0,
          "the opened pane shows Bob's 2 messages, oldest first");
    check_total(&sc, &v, 4);

    keys(&sc, "p");
    show(&sc, "key p: Bob Li pinned to the top");
    snapshot(&v);
    check_order(&sc, &v, "Bob Li,Family,Release team,Carol Wu");
    check(&sc, v.convs[0].pinned && selected_row(ui, &v) == 0, "Bob Li pinned (P), still selected");

    keys(&sc, "jm");
    show(&sc, "keys j m: Family marked (*)");
    snapshot(&v);
    check(&sc, (v.convs[1].marks & kTIMConversationMarkTypeStar) != 0 && strcmp(v.convs[1].name, "Family") == 0,
          "Family carries the star mark");

    keys(&sc, "jjdSee you at 7\n");
    show(&sc, "keys j j d ... Enter: a draft for Carol Wu moves it up");
    snapshot(&v);
    check_order(&sc, &v, "Bob Li,Carol Wu,Family,Release team");
    check(&sc, v.convs[1].has_draft && strcmp(v.convs[1].draft, "See you at 7") == 0,
          "Carol Wu shows [draft] See you at 7");
    check_total(&sc, &v, 4);

    traffic(&sc, second_wave, 2);
    show(&sc, "the backend pushed 2 more: Release team moves up, pinned Bob Li stays on top");
    snapshot(&v);
    check_order(&sc, &v, "Bob Li,Release team,Carol Wu,Family");
    check(&sc, unread_of(&v, "Bob Li") == 1 && unread_of(&v, "Release team") == 3, "badges: Bob Li 1, Release team 3");
    check_total(&sc, &v, 6);

    keys(&sc, "kx");
    show(&sc, "keys k x: Release team deleted");
    snapshot(&v);
    check_order(&sc, &v, "Bob Li,Carol Wu,Family");
    check_total(&sc, &v, 3);

    keys(&sc, "jjd\n");
    show(&sc, "keys j j d Enter (empty draft): nothing to remove on Family; q quits");
    snapshot(&v);
    check(&sc, !v.convs[2].has_draft && v.convs[1].has_draft, "drafts unchanged elsewhere");
    keys(&sc, "q");
    check(&sc, ui->quit, "q quits");

    if (ui->ansi) printf("\x1b[J\n");
    printf("live --script: %d checks passed, %d failed (%d frames)\n", sc.passed, sc.failed, sc.frame);
    return sc.failed == 0;
}

/* ---- the interactive session --------------------------------------------------------------- */

static volatile sig_atomic_t interrupted = 0;
static void on_signal(int sig) {
    (void)sig;
    interrupted = 1;
}

/* Interactive: with `b`, its simulated traffic; without, a homeserver's. */
static void run_interactive(Ui *ui, Backend *b) {
    if (b) push_profiles();
    ui->backend = b;
    if (!term_raw_begin()) {
        fprintf(stderr, "live: cannot set up the terminal\n");
        return;
    }
    fputs("\x1b[?1049h\x1b[?25l", stdout); /* alternate screen, no cursor */
    if (b) backend_start(b);
    unsigned long shown = (unsigned long)-1;
    int last_rows = 0, last_cols = 0, last_sent = -1;
    bool last_editing = false;
    char last_input[128] = "";
    while (!ui->quit && !interrupted) {
        int key = term_read_key(100);
        if (key != KEY_NONE) handle_key(ui, key);
        int rows, cols;
        term_size(&rows, &cols);
        ui->width = cols > 200 ? 200 : cols;
        View v;
        snapshot(&v);
        track_selection(ui, &v);
        int sent = b ? b->sent : 0;
        if (v.generation == shown && rows == last_rows && cols == last_cols && sent == last_sent &&
            ui->editing == last_editing && strcmp(ui->input, last_input) == 0 && key == KEY_NONE) {
            continue;
        }
        Screen s;
        render(ui, &v, NULL, &s);
        fputs("\x1b[H", stdout);
        fputs(s.text, stdout);
        fputs("\x1b[J", stdout);
        fflush(stdout);
        shown = v.generation;
        last_rows = rows;
        last_cols = cols;
        last_sent = sent;
        last_editing = ui->editing;
        snprintf(last_input, sizeof last_input, "%s", ui->input);
    }
    if (b) {
        b->stop = 1;
        backend_join(b);
    }
    fputs("\x1b[?25h\x1b[?1049l", stdout);
    fflush(stdout);
    term_raw_end();
}

/* ---- main ---------------------------------------------------------------------------------- */

static int usage(void) {
    fprintf(stderr, "usage: live [--interactive [--seed N] [--messages N] [--interval MS] | "
                    "--script | --auto [MS] | --homeserver URL --user ID --sig JWT [--data DIR]]\n");
    return 2;
}

int main(int argc, char **argv) {
    enum { INTERACTIVE, SCRIPT, AUTO } mode = term_is_interactive() ? INTERACTIVE : SCRIPT;
    Backend backend = {0};
    backend.seed = (unsigned)time(NULL) | 1u;
    backend.interval_ms = 700;
    int step_ms = 700;
    const char *sig = "user_sig", *data = NULL;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i], *value = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(arg, "--interactive") == 0) mode = INTERACTIVE;
        else if (strcmp(arg, "--script") == 0) mode = SCRIPT;
        else if (strcmp(arg, "--auto") == 0) {
            mode = AUTO;
            if (value && value[0] >= '0' && value[0] <= '9') step_ms = atoi(argv[++i]);
        } else if (strcmp(arg, "--seed") == 0 && value) backend.seed = (unsigned)strtoul(argv[++i], NULL, 10) | 1u;
        else if (strcmp(arg, "--messages") == 0 && value) backend.limit = atoi(argv[++i]);
        else if (strcmp(arg, "--interval") == 0 && value) backend.interval_ms = atoi(argv[++i]);
        else if (strcmp(arg, "--homeserver") == 0 && value) homeserver = argv[++i];
        else if (strcmp(arg, "--user") == 0 && value) USER = argv[++i];
        else if (strcmp(arg, "--sig") == 0 && value) sig = argv[++i];
        else if (strcmp(arg, "--data") == 0 && value) data = argv[++i];
        else return usage();
    }
    if (homeserver[0]) mode = INTERACTIVE; /* a real session has no script */

    char data_dir[512];
    if (data) {
        snprintf(data_dir, sizeof data_dir, "%s", data);
    } else if (!temp_dir_create(data_dir, sizeof data_dir)) {
        perror("live: temporary directory");
        return EXIT_FAILURE;
    }
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);

    /* Listeners first: they can be set before TIMInit. */
    TIMSetConvEventCallback(on_conv_event, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(on_total_unread, NULL);
    TIMSetNetworkStatusListenerCallback(on_network, NULL);
    /* The path as a JSON string: backslashes (Windows) escaped. */
    char escaped[1024];
    size_t e = 0;
    for (const char *c = data_dir; *c != '\0' && e + 2 < sizeof escaped; c++) {
        if (*c == '\\' || *c == '"') escaped[e++] = '\\';
        escaped[e++] = *c;
    }
    escaped[e] = '\0';
    char config[1600];
    int used = snprintf(config, sizeof config, "{\"%s\":\"%s\"", kTIMSdkConfigConfigFilePath, escaped);
    if (homeserver[0]) {
        used += snprintf(config + used, sizeof config - (size_t)used, ",\"%s\":\"%s\"", kTIMSdkConfigHomeserver,
                         homeserver);
    }
    snprintf(config + used, sizeof config - (size_t)used, "}");
    bool ok = TIMInit(1400000001, config) == TIM_SUCC;
    Waiter login;
    waiter_init(&login);
    ok = ok && wait_for(TIMLogin(USER, sig, on_waited, &login), &login) == 0;
    Waiter total; /* arms the total-unread listener and gives the first total */
    waiter_init(&total);
    if (ok && wait_for(TIMConvGetTotalUnreadMessageCount(on_waited, &total), &total) == 0) {
        on_total_unread((int)jscan_get_int(jscan_root(total.json),
                                           kTIMConvGetTotalUnreadMessageCountResultUnreadCount),
                        NULL);
    }
    if (!ok) fprintf(stderr, "live: could not start or log in (code %d; data in %s)\n", login.code, data_dir);

    Ui ui = {0};
    ui.ansi = mode == INTERACTIVE || (mode == AUTO && term_is_interactive());
    int rows;
    term_size(&rows, &ui.width);
    if (!ui.ansi) ui.width = 100;
    if (ok && mode == INTERACTIVE) {
        run_interactive(&ui, homeserver[0] ? NULL : &backend);
    } else if (ok) {
        if (ui.ansi) fputs("\x1b[2J", stdout);
        ok = run_script(&ui, mode == AUTO ? step_ms : 0);
    }

    TIMUninit();
    TIMSetConvEventCallback(NULL, NULL);
    TIMSetConvTotalUnreadMessageCountChangedCallback(NULL, NULL);
    TIMSetNetworkStatusListenerCallback(NULL, NULL);
    if (!data) temp_dir_remove(data_dir);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
