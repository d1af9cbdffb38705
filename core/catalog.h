// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "statuscode.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace sspilens {

/// Windows' own message text of a catalog code in another language, as Windows prints it (seen in
/// public output, never translated by us): a fingerprint the scanner matches and the card shows.
struct LocalizedMessage {
    Family family = Family::Sspi;
    quint32 value = 0;
    const char *language = nullptr; ///< BCP 47 tag: "zh-TW", "zh-CN", "de-DE", ...
    const char *text = nullptr;     ///< UTF-8, verbatim (final mark as seen)
    const char *source = nullptr;   ///< where it was seen: a URL, or what and where when there is none
};

/// The immutable table of known codes. Built once, read-only afterwards, safe to share between
/// threads. Aliases (two macros with one value) are folded into one entry that lists both names.
class Catalog
{
public:
    /// The process-wide catalog.
    static const Catalog &instance();

    /// All entries, sorted by family then value.
    const std::vector<StatusCode> &codes() const { return m_codes; }
    int size() const { return static_cast<int>(m_codes.size()); }

    /// The entry of (family, value), or nullptr. The default family keeps SSPI call sites short.
    const StatusCode *byValue(quint32 value, Family family = Family::Sspi) const;
    /// Every entry with this value, whatever its family (a bare 0x18 or 40 means something in
    /// several families), in family order.
    QList<const StatusCode *> allByValue(quint32 value) const;
    /// The entry whose symbol or alias equals @p symbol in any case and spacing (compared by
    /// symbolSearchKey()), or nullptr.
    const StatusCode *bySymbol(QStringView symbol) const;
    /// The entries whose Windows message text, fingerprint or localized text equals @p text after
    /// normalisation (see normaliseMessage()); errors first. Two pairs of codes share one text.
    QList<const StatusCode *> byMessage(QStringView text) const;

    /// Every localized Windows text the catalog holds, in data order.
    const std::vector<LocalizedMessage> &localizedMessages() const { return m_localized; }
    /// The localized Windows texts of @p code (by its family and value), in data order.
    QList<const LocalizedMessage *> localizedMessages(const StatusCode &code) const;
    /// The entry a localized text belongs to, or nullptr.
    const StatusCode *entryOf(const LocalizedMessage &message) const;

    /// The Win32 error an HRESULT_FROM_WIN32 value (0x8007xxxx) wraps, when the catalog holds it.
    const StatusCode *wrappedWin32(quint32 value) const;
    /// The NTSTATUS an HRESULT_FROM_NT value (the N bit 0x10000000 set) wraps, when the catalog
    /// holds it.
    const StatusCode *wrappedNtStatus(quint32 value) const;

    /// The catalog entry a related code names (by symbol within its family, else by value), or
    /// nullptr when the catalog does not hold it.
    const StatusCode *entryOf(const RelatedCode &related) const;
    /// The value of a related code: the catalog's when it holds the code, the stored one otherwise.
    quint32 valueOf(const RelatedCode &related) const;

    /// Number of macro names (symbols plus aliases) in the catalog.
    int nameCount() const;

    /// True when @p value lies in the SSPI block of the security facility
    /// (0x80090300-0x800903FF errors, 0x00090300-0x000903FF informational).
    static bool inSspiRange(quint32 value);

    /// The form message texts are compared in: lower case, single-spaced, no final period; the
    /// full-width punctuation of Chinese and Japanese (。，：（）) as its ASCII twin and no white
    /// space next to a Han or kana character, so that "目标主体名称不正确。" and
    /// "目标主体 名称不正确" are one text.
    static QString normaliseMessage(QStringView text);

    /// The key of a code's identity (family, value) in one number.
    static quint64 identity(Family family, quint32 value);

private:
    Catalog();
    std::vector<StatusCode> m_codes;
    QHash<quint64, int> m_byValue;
    QHash<QString, int> m_bySymbol;
    QHash<QString, QList<int>> m_byMessage;
    std::vector<LocalizedMessage> m_localized;
    QHash<quint64, QList<int>> m_localizedByCode; ///< identity -> indices in m_localized
};

/// Upper-case, without white space, underscores or hyphens: the form symbols are compared in, so
/// that "sec_e_untrusted_root" and "SEC _ E _ UNTRUSTED _ ROOT" both find SEC_E_UNTRUSTED_ROOT.
QString symbolSearchKey(QStringView text);

/// The raw data of every family (catalog/*.cpp), unsorted.
std::vector<StatusCode> catalogData();

} // namespace sspilens
