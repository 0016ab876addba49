#ifndef DROPLINE_CRASH_RECORD_H
#define DROPLINE_CRASH_RECORD_H

/*
 * Records the fatal signal that ends the process (a Swift runtime trap is SIGILL on x86-64 and SIGTRAP on arm64;
 * SIGABRT, SIGSEGV, SIGBUS and SIGFPE too) into every registered file, before the handler that was installed
 * before (the Swift runtime's backtracer, or the default action) runs. A service's crash guard reads the record at
 * its next start to tell a crash from a kill (docs/streams.md §4.6).
 *
 * The handler does only async-signal-safe work: clock_gettime, pwrite of a line `signal=N at_ms=T` at offset 0.
 */

/* Registers `fd` (opened for writing) to receive the record; installs the handlers on first use. Returns 0, or -1
 * when every slot is taken. */
int dropline_crash_record_add(int fd);

/* Stops writing the record to `fd` (before the caller closes it). */
void dropline_crash_record_remove(int fd);

#endif
