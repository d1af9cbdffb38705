// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The catalog data, one function per family (and file per family or part of one), reviewed like
// code. Family, value, symbol, aliases, severity and the verbatim outside texts (Windows message,
// fingerprints) are checked against the headers and reference tables by tst_catalog; every other
// text is our own English, marked for lupdate in context "Catalog" with a translator comment
// ("//: SYMBOL") naming the code it belongs to, and translated at display time.
#pragma once

#include "statuscode.h"

#include <vector>

namespace sspilens {

struct LocalizedMessage;

std::vector<StatusCode> sspiCodes();         ///< catalog/sspi.cpp: SEC_E_* and SEC_I_* of winerror.h, the three below
std::vector<StatusCode> sspiContextCodes();  ///< catalog/sspi_context.cpp: success, contexts, packages
std::vector<StatusCode> sspiLogonCodes();    ///< catalog/sspi_logon.cpp: credentials, logon, Kerberos
std::vector<StatusCode> sspiSchannelCodes(); ///< catalog/sspi_schannel.cpp: messages, certificates
std::vector<StatusCode> ntstatusCodes();     ///< catalog/ntstatus.cpp: logon NTSTATUS and SSPI twins
std::vector<StatusCode> kerberosKdcCodes();  ///< catalog/kerberos_kdc.cpp: RFC 4120 codes 0-29
std::vector<StatusCode> kerberosApCodes();   ///< catalog/kerberos_ap.cpp: RFC 4120 codes 31-76
std::vector<StatusCode> tlsAlertCodes();     ///< catalog/tlsalert.cpp: TLS alerts 0-120
std::vector<StatusCode> win32Codes();        ///< catalog/win32.cpp: logon and trust errors
std::vector<StatusCode> hresultCodes();      ///< catalog/hresult.cpp: CERT_E_*, CRYPT_E_* and wrappers
/// catalog/localized.cpp: Windows' own texts of catalog codes in other languages, each with its source.
std::vector<LocalizedMessage> localizedMessageData();

} // namespace sspilens
