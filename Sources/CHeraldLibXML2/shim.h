#ifndef CHERALD_LIBXML2_SHIM_H
#define CHERALD_LIBXML2_SHIM_H

// The libxml2 headers HeraldXML uses. HeraldXML is the only module that imports this one.

// Debian builds libxml2 with ICU, so <libxml/encoding.h> would include ICU's headers, whose
// enums clash with the ICU copy inside swift-foundation (_FoundationICU). Herald never
// touches the ICU converter fields (it only holds encoding handlers by pointer), so hide
// ICU from the headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/entities.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/catalog.h>
#include <libxml/uri.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlversion.h>


/// Frees memory libxml2 allocated (xmlFree is a global variable, which Swift 6 cannot touch).
static inline void cherald_xml_free(void *pointer) { xmlFree(pointer); }

/// The libxml2 version the process runs against, such as "20914".
static inline const char *cherald_xml_parser_version(void) { return xmlParserVersion; }

/// A generic error handler that drops the message (structured handlers carry everything).
static inline void cherald_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// The calling thread's libxml2 error handlers, saved so they can be put back.
typedef struct {
    xmlStructuredErrorFunc structured;
    void *structuredContext;
    xmlGenericErrorFunc generic;
    void *genericContext;
} cherald_error_handlers;

/// Installs a structured error handler for the calling thread (libxml2 2.9 keeps these per
/// thread) and silences the generic one; returns the handlers that were installed before.
static inline cherald_error_handlers cherald_install_error_handlers(xmlStructuredErrorFunc handler, void *context) {
    cherald_error_handlers previous = {
        xmlStructuredError, xmlStructuredErrorContext, xmlGenericError, xmlGenericErrorContext
    };
    xmlSetStructuredErrorFunc(context, handler);
    xmlSetGenericErrorFunc(NULL, cherald_ignore_generic_error);
    return previous;
}

/// Puts back the calling thread's error handlers.
static inline void cherald_restore_error_handlers(cherald_error_handlers previous) {
    xmlSetStructuredErrorFunc(previous.structuredContext, previous.structured);
    xmlSetGenericErrorFunc(previous.genericContext, previous.generic);
}

#endif
