dnl config.m4 for agora_token

PHP_ARG_ENABLE([agora-token],
  [whether to enable agora_token support],
  [AS_HELP_STRING([--enable-agora-token], [Enable the native Agora token classes])],
  [no])

if test "$PHP_AGORA_TOKEN" != "no"; then
  dnl libcrypto from OpenSSL, found through pkg-config as PHP's own ext/openssl does.
  PKG_CHECK_MODULES([AGORA_TOKEN_CRYPTO], [libcrypto >= 1.1.1], [],
    [AC_MSG_ERROR([agora_token needs OpenSSL's libcrypto (1.1.1 or later) and its headers; install libssl-dev (Debian) or openssl-devel (Fedora)])])
  PHP_EVAL_INCLINE($AGORA_TOKEN_CRYPTO_CFLAGS)
  PHP_EVAL_LIBLINE($AGORA_TOKEN_CRYPTO_LIBS, AGORA_TOKEN_SHARED_LIBADD)

  dnl zlib, found the way PHP's own ext/zlib does.
  PKG_CHECK_MODULES([AGORA_TOKEN_ZLIB], [zlib >= 1.2.0.4], [],
    [AC_MSG_ERROR([agora_token needs zlib and its headers; install zlib1g-dev (Debian) or zlib-devel (Fedora)])])
  PHP_EVAL_INCLINE($AGORA_TOKEN_ZLIB_CFLAGS)
  PHP_EVAL_LIBLINE($AGORA_TOKEN_ZLIB_LIBS, AGORA_TOKEN_SHARED_LIBADD)

  PHP_SUBST(AGORA_TOKEN_SHARED_LIBADD)
  AC_DEFINE(HAVE_AGORA_TOKEN, 1, [Whether agora_token is enabled])

  AGORA_TOKEN_SOURCES="agora_token.c at_values.c at_service.c at_token2.c at_builders.c at_token006.c
    src/buf.c src/base64.c src/hmac.c src/zlib.c src/deflate6.c src/token007.c src/token006.c"
  PHP_NEW_EXTENSION(agora_token, $AGORA_TOKEN_SOURCES,
    $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -std=gnu99)
  PHP_ADD_BUILD_DIR($ext_builddir/src, 1)
  PHP_ADD_EXTENSION_DEP(agora_token, spl)
  PHP_ADD_EXTENSION_DEP(agora_token, random)
  PHP_ADD_EXTENSION_DEP(agora_token, date)
fi
