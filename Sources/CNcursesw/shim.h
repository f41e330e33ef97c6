/* CNcursesw: the one door to ncursesw. Only the TerminalBackend module imports it.
   Wide-character defines are set here because SwiftPM drops pkg-config -D flags, and
   function-like macros and C globals are wrapped in functions Swift can call. */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline int  cnc_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int  cnc_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline attr_t cnc_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t cnc_a_bold(void)      { return A_BOLD; }
static inline attr_t cnc_a_reverse(void)   { return A_REVERSE; }
static inline attr_t cnc_a_dim(void)       { return A_DIM; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_normal(void)    { return A_NORMAL; }
/* stdscr is a mutable C global; reading it through a function keeps Swift 6 strict
   concurrency quiet at every use site. */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }

/* glibc hides wcwidth behind __USE_XOPEN and <wchar.h> comes from the prebuilt Glibc
   module, so the defines above never reach it: declare it ourselves. */
extern int wcwidth(wchar_t c);
static inline int cnc_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
