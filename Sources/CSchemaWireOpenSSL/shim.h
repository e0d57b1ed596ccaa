#ifndef C_SCHEMAWIRE_OPENSSL_H
#define C_SCHEMAWIRE_OPENSSL_H
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <openssl/rand.h>
#endif
