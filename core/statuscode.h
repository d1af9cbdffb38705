// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace sspilens {

/// Which numbering space a code belongs to. A code's identity is (family, value): Kerberos 0x18,
/// TLS alert 40 and Win32 1326 are small numbers that mean nothing without their family.
enum class Family : quint8 { Sspi, NtStatus, Kerberos, TlsAlert, Win32, HResult };

/// Severity as the code itself states it (not how alarming it is in practice).
enum class Severity : quint8 { Success, Informational, Error };

/// Exactly one category per code.
enum class Category : quint8 {
    SuccessContinuation,
    CredentialsLogon,
    ContextTokens,
    MessagesCryptography,
    CertificatesSmartCards,
    KerberosKdc,
    PackagesSystem,
};
constexpr int CategoryCount = 7;

/// Security packages (bit flags) known to raise a code.
enum Package : quint8 {
    NoPackage = 0,
    Kerberos = 1 << 0,
    Ntlm = 1 << 1,
    Negotiate = 1 << 2,
    Schannel = 1 << 3,
    CredSsp = 1 << 4,
    Digest = 1 << 5,
};
constexpr int PackageCount = 6;
using Packages = quint8;

/// A generic procedure that many next steps share (turning on Schannel event logging, taking a
/// network trace, ...). It is written once in core/guides.cpp; a next step names it instead of
/// repeating it, and every view prints the guides a code refers to once, after its steps.
enum class Guide : quint8 {
    None,
    SchannelEventLogging, ///< Schannel events 36870-36888 and the EventLogging value
    NetworkTrace,         ///< netsh trace, converting the .etl, Wireshark filters
    KerberosLogging,      ///< Kerberos LogLevel, Security-Kerberos events, KDC audit events
    Capi2Logging,         ///< the CAPI2 operational log (chain building, revocation)
};
constexpr int GuideCount = 5; ///< including Guide::None

/// One next step: an instruction in English (translated at display time), optionally the
/// command an administrator runs (never translated), and optionally a guide with the generic
/// procedure behind the step. The guide is the last member so positional data keeps compiling.
struct NextStep {
    const char *text = nullptr;
    const char *command = nullptr;
    Guide guide = Guide::None;
};

/// A code that travels with this one. For an SSPI sibling only the symbol is needed; for an
/// NTSTATUS twin the value and family are given because the catalog does not hold them yet.
struct RelatedCode {
    Family family = Family::Sspi;
    const char *symbol = nullptr;
    quint32 value = 0;
    const char *note = nullptr; ///< why they travel together (English, translatable), may be null
};

/// A Windows event field in which a code appears: event 4625's "SubStatus", 4771's "Status"
/// (shown as "Failure Code"). The field is the name the event's XML gives it.
struct EventSite {
    quint16 eventId = 0;
    const char *field = nullptr;
};

/// One entry of the catalog. Texts are English source strings (marked with QT_TRANSLATE_NOOP in
/// context "Catalog"); use Catalog::text() or sspilens::trCatalog() to show them translated.
struct StatusCode {
    Family family = Family::Sspi;
    quint32 value = 0;
    const char *symbol = nullptr;
    std::vector<const char *> aliases;
    Severity severity = Severity::Error;
    Category category = Category::PackagesSystem;
    Packages packages = NoPackage;
    const char *windowsMessage = nullptr; ///< verbatim FormatMessage text: a fingerprint only
    const char *meaning = nullptr;        ///< one line, our own words
    const char *explanation = nullptr;    ///< a short paragraph, our own words
    std::vector<const char *> causes;     ///< most likely first
    std::vector<NextStep> nextSteps;
    std::vector<RelatedCode> related;
    /// More verbatim outside texts that name this code and are matched like windowsMessage:
    /// what MIT and Heimdal Kerberos print ("Preauthentication failed"), OpenSSL's alert
    /// strings ("tlsv1 alert unknown ca"), an event's failure reason. Each has its source in a
    /// comment beside it; never a text of our own.
    std::vector<const char *> fingerprints;
    /// The event fields in which the code is written (Security 4625 SubStatus, 4771 Status, ...).
    std::vector<EventSite> events;
    /// A wrapper (E_FAIL, 0x80131904 SqlException, ...): lookup explains it, the log decoder does
    /// not report it, because it is everywhere and says only "look inside".
    bool wrapper = false;

    /// "0x" and eight upper-case hex digits.
    QString hex() const;
    qint32 signedValue() const { return static_cast<qint32>(value); }
    quint32 unsignedValue() const { return value; }
    QString symbolString() const { return QString::fromLatin1(symbol); }
    QStringList aliasList() const;
    /// Symbol and aliases.
    QStringList allNames() const;
};

/// Translates an English catalog text (context "Catalog") into the current UI language.
QString trCatalog(const char *source);

QString familyKey(Family family);            ///< "sspi", "ntstatus", ... (stable, for JSON)
QString severityKey(Severity severity);      ///< "error", "informational", "success"
QString categoryKey(Category category);      ///< stable key, e.g. "certificates"
QString severityName(Severity severity);     ///< translated display name
QString categoryName(Category category);     ///< translated display name
QString packageName(Package package);        ///< "Kerberos", "NTLM", ... (product names)
QStringList packageNames(Packages packages); ///< in declaration order
QString formatHex(quint32 value);            ///< "0x" + 8 upper-case hex digits
/// The value as its family writes it: "0x80090325" (SSPI, NTSTATUS, HRESULT), "0x18" (Kerberos,
/// as events 4768-4771 print it), "40" (TLS alert), "1326" (Win32).
QString formatValue(Family family, quint32 value);
inline QString formatValue(const StatusCode &code)
{
    return formatValue(code.family, code.value);
}

} // namespace sspilens
