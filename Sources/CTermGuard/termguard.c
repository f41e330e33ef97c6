/* See include/termguard.h. SIGINT is not guarded: in raw() mode Ctrl-C arrives as a key. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "termguard.h"
#include <ncursesw/curses.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static const int fatal_signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGTERM, SIGHUP, SIGQUIT };
#define NSIG_GUARDED (sizeof fatal_signals / sizeof fatal_signals[0])
static struct sigaction previous[NSIG_GUARDED];
static int saved_stderr = -1, log_fd = -1;
static volatile sig_atomic_t restored = 0;
static char altstack[64 * 1024];

static void restore_terminal(void) {
  if (restored) return;
  restored = 1;
  endwin(); /* what ncurses' own SIGINT handler does; not strictly async-signal-safe */
  if (saved_stderr >= 0) {
    dup2(saved_stderr, 2);
    char buf[4096];
    ssize_t n;
    lseek(log_fd, 0, SEEK_SET);
    while ((n = read(log_fd, buf, sizeof buf)) > 0) (void)!write(2, buf, (size_t)n);
  }
}

static void on_fatal(int sig) {
  restore_terminal();
  for (unsigned i = 0; i < NSIG_GUARDED; i++)
    if (fatal_signals[i] == sig) sigaction(sig, &previous[i], NULL); /* chain: Swift's backtracer */
  /* A fault re-executes into the previous handler with the real fault address. */
  if (sig == SIGILL || sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE) return;
  raise(sig);
}

int tg_install(const char *stderr_log) {
  stack_t ss;
  memset(&ss, 0, sizeof ss);
  ss.ss_sp = altstack;
  ss.ss_size = sizeof altstack;
  sigaltstack(&ss, NULL); /* survive a stack-overflow SIGSEGV */
  if (stderr_log) {
    log_fd = open(stderr_log, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (log_fd >= 0) { saved_stderr = dup(2); dup2(log_fd, 2); }
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_fatal;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (unsigned i = 0; i < NSIG_GUARDED; i++)
    if (sigaction(fatal_signals[i], &sa, &previous[i]) != 0) return -1;
  return 0;
}

void tg_shutdown(void) { restore_terminal(); }
