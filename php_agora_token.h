#ifndef PHP_AGORA_TOKEN_H
#define PHP_AGORA_TOKEN_H

extern zend_module_entry agora_token_module_entry;
#define phpext_agora_token_ptr &agora_token_module_entry

#define PHP_AGORA_TOKEN_VERSION "0.1.0"

#ifdef ZTS
#include "TSRM.h"
#endif

#endif
