#include "crash_record.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { SLOTS = 64 };

/* Each slot holds a registered descriptor plus one, so that 0 means free. */
static atomic_int slots[SLOTS];
static const int watched[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
static struct sigaction previous[NSIG];
static pthread_once_t installed = PTHREAD_ONCE_INIT;

/* Writes `value` in decimal at `out`; returns the number of characters. */
static int put_decimal(char *out, long long value) {
    char digits[24];
    int count = 0;
    if (value < 0) value = 0;
    do {
        digits[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = 0; i < count; i++) out[i] = digits[count - 1 - i];
    return count;
}

static void chain(int signal_number, siginfo_t *info, void *context) {
    struct sigaction *before = &previous[signal_number];
    if ((before->sa_flags & SA_SIGINFO) && before->sa_sigaction != NULL) {
        before->sa_sigaction(signal_number, info, context);
        return;
    }
    if (!(before->sa_flags & SA_SIGINFO) && before->sa_handler != SIG_DFL && before->sa_handler != SIG_IGN) {
        before->sa_handler(signal_number);
        return;
    }
    /* The default action: the signal is blocked while this handler runs, so it ends the process on return. */
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigaction(signal_number, &fallback, NULL);
    raise(signal_number);
}

static void record(int signal_number, siginfo_t *info, void *context) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    char line[64];
    int length = 0;
    memcpy(line, "signal=", 7);
    length = 7;
    length += put_decimal(line + length, signal_number);
    memcpy(line + length, " at_ms=", 7);
    length += 7;
    length += put_decimal(line + length, (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000);
    line[length++] = '\n';
    for (int i = 0; i < SLOTS; i++) {
        int slot = atomic_load(&slots[i]);
        if (slot > 0) (void)!pwrite(slot - 1, line, (size_t)length, 0);
    }
    chain(signal_number, info, context);
}

static void install(void) {
    for (size_t i = 0; i < sizeof watched / sizeof watched[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = record;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        sigaction(watched[i], &action, &previous[watched[i]]);
    }
}

int dropline_crash_record_add(int fd) {
    pthread_once(&installed, install);
    for (int i = 0; i < SLOTS; i++) {
        int expected = 0;
        if (atomic_compare_exchange_strong(&slots[i], &expected, fd + 1)) return 0;
    }
    return -1;
}

void dropline_crash_record_remove(int fd) {
    for (int i = 0; i < SLOTS; i++) {
        int expected = fd + 1;
        atomic_compare_exchange_strong(&slots[i], &expected, 0);
    }
}
