/* CTermGuard: restores the terminal when the process dies from a signal while curses owns
   the screen. Signal handlers live in C so that no Swift runtime, allocation or concurrency
   check runs in signal context. */
#ifndef TERMGUARD_H
#define TERMGUARD_H
/* Call before initscr(). stderr is redirected to `stderr_log` (if not NULL) while curses is
   active and replayed after endwin() on a crash, so a "Fatal error" line is not lost in the
   alternate screen. Returns 0 on success. */
int tg_install(const char *stderr_log);
/* Normal shutdown: endwin() and stderr put back (and replayed). Idempotent. */
void tg_shutdown(void);
#endif
