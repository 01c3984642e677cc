#ifndef CHERALD_LIBXML2_SHIM_H
#define CHERALD_LIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/catalog.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlIO.h>

#endif
