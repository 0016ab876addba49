#ifndef CZEROMQ_SHIM_H
#define CZEROMQ_SHIM_H
#include <zmq.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

/* Swift cannot import composite macros reliably: re-export the errno values the wrapper tests for. */
static const int CZMQ_ETERM = ETERM;
static const int CZMQ_EFSM = EFSM;
static const int CZMQ_EAGAIN = EAGAIN;
static const int CZMQ_EINTR = EINTR;
static const int CZMQ_EHOSTUNREACH = EHOSTUNREACH;

/* A non-blocking, close-on-exec pipe; zmq_poll can watch its read end to wake a socket thread. */
static inline int czmq_wakeup_pipe(int fds[2]) { return pipe2(fds, O_NONBLOCK | O_CLOEXEC); }
#endif
