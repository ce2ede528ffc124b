#ifndef AADSH_CLIBEDIT_SHIM_H
#define AADSH_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

/* el_set, el_get and history are variadic, which Swift cannot call: these wrappers fix each use. */

typedef char *(*aadsh_prompt_fn)(EditLine *);
typedef unsigned char (*aadsh_key_fn)(EditLine *, int);
typedef int (*aadsh_getc_fn)(EditLine *, wchar_t *);

/** The process's standard streams (Swift 6 cannot read C's mutable globals). */
static inline FILE *aadsh_stdin(void) { return stdin; }
static inline FILE *aadsh_stdout(void) { return stdout; }
static inline FILE *aadsh_stderr(void) { return stderr; }

/** Sets the prompt callback; text between two `\1` characters is treated as zero-width. */
static inline int aadsh_el_set_prompt(EditLine *el, aadsh_prompt_fn fn) {
  return el_set(el, EL_PROMPT_ESC, fn, '\1');
}

/** Selects the key map: "emacs" or "vi". */
static inline int aadsh_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }

/** Sets whether libedit installs its own signal handlers. */
static inline int aadsh_el_set_signal(EditLine *el, int flag) { return el_set(el, EL_SIGNAL, flag); }

/** Adds a named editor function. */
static inline int aadsh_el_add_function(EditLine *el, const char *name, const char *help, aadsh_key_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

/** Binds a key sequence to a named editor function. */
static inline int aadsh_el_bind(EditLine *el, const char *keys, const char *function) {
  return el_set(el, EL_BIND, keys, function, (const char *)NULL);
}

/** Puts the terminal in the editor's raw mode now (1) or back in cooked mode (0). */
static inline int aadsh_el_prepare_terminal(EditLine *el, int flag) { return el_set(el, EL_PREP_TERM, flag); }

/** Replaces the character reader. */
static inline int aadsh_el_set_getc(EditLine *el, aadsh_getc_fn fn) { return el_set(el, EL_GETCFN, fn); }

/** Connects a history list to the editor (arrow keys, Ctrl-R). */
static inline int aadsh_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

/** Sets the maximum number of history entries. */
static inline int aadsh_history_set_size(History *h, int size) {
  HistEvent event;
  return history(h, &event, H_SETSIZE, size);
}

/** Makes the history drop an entry equal to the previous one. */
static inline int aadsh_history_set_unique(History *h, int flag) {
  HistEvent event;
  return history(h, &event, H_SETUNIQUE, flag);
}

/** Appends an entry to the history. */
static inline int aadsh_history_enter(History *h, const char *line) {
  HistEvent event;
  return history(h, &event, H_ENTER, line);
}

/** Removes every history entry. */
static inline int aadsh_history_clear(History *h) {
  HistEvent event;
  return history(h, &event, H_CLEAR);
}

#endif
