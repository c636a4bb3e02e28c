/*
 * Preloaded in front of the ASan runtime by tools/phpt-variants.sh asan.
 *
 * A release PHP loads extensions with dlopen(RTLD_DEEPBIND), which the ASan
 * runtime refuses (it would bind the extension's malloc past ASan's). A PHP
 * built with ASan drops the flag itself; here this wrapper drops it for a PHP
 * that was not, so that an ASan-built extension can run in Debian's PHP.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

void *dlopen(const char *file, int mode)
{
	static void *(*next)(const char *, int);

	if (!next) {
		next = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
		if (!next) {
			return NULL;
		}
	}
	return next(file, mode & ~RTLD_DEEPBIND);
}
