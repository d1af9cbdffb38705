// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "statuscode.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>

class QPalette;

/// How the views write a code of each family: its display name, its value in the family's own
/// notation (Kerberos 0x18, TLS alert 40, Win32 1326) and in every other notation it is met in,
/// the events it appears in, the identity links between cards, and the family's colour.
class FamilyFormat
{
    Q_DECLARE_TR_FUNCTIONS(FamilyFormat)

public:
    static constexpr int Count = 6;
    /// Every family, in catalog order.
    static constexpr std::array<sspilens::Family, Count> all{sspilens::Family::Sspi,     sspilens::Family::NtStatus,
                                                             sspilens::Family::Kerberos, sspilens::Family::TlsAlert,
                                                             sspilens::Family::Win32,    sspilens::Family::HResult};

    /// "SSPI", "NTSTATUS", "Kerberos", "TLS alert", "Win32", "HRESULT", translated.
    static QString name(sspilens::Family family);

    /// The value as the family writes it: "0x80090325" (SSPI, NTSTATUS, HRESULT), "0x18"
    /// (Kerberos), "40" (TLS alert), "1326" (Win32).
    static QString value(sspilens::Family family, quint32 value);
    static QString value(const sspilens::StatusCode &code) { return value(code.family, code.value); }
    /// The value with the family named where the number alone is ambiguous: "0x80090325",
    /// "Kerberos 0x18", "TLS alert 40", "Win32 1326".
    static QString qualifiedValue(sspilens::Family family, quint32 value);
    static QString qualifiedValue(const sspilens::StatusCode &code) { return qualifiedValue(code.family, code.value); }

    /// One way of writing a value.
    struct Notation {
        QString key;     ///< "hex", "decimal", "signed", "unsigned", "hresult" (object names)
        QString caption; ///< translated, e.g. "Signed decimal"
        QString text;    ///< e.g. "-2146893019"
    };
    /// Every notation the family uses, its natural one first: SSPI and HRESULT hex, signed and
    /// unsigned decimal; NTSTATUS those and HRESULT_FROM_NT; Kerberos hex and decimal; TLS alert
    /// decimal and hex; Win32 decimal, hex and HRESULT_FROM_WIN32.
    static QList<Notation> notations(sspilens::Family family, quint32 value);
    static QList<Notation> notations(const sspilens::StatusCode &code) { return notations(code.family, code.value); }

    /// Where an event carries a code, as a person reads it: "Security 4771, field Status (Failure
    /// Code)", "System 36887 (Schannel), field AlertDesc".
    static QString eventSite(const sspilens::EventSite &site);

    /// The link of a code's card: "code:kerberos:0x00000018" (family and value, never a bare value).
    static QString link(const sspilens::StatusCode &code);
    /// The catalog entry a link names, or nullptr (not a code link, or not in the catalog).
    static const sspilens::StatusCode *codeOfLink(QStringView link);

    /// ", " or the UI language's list separator (zh-TW: "、").
    static QString listSeparator();
    /// @p items joined with listSeparator().
    static QString joinList(const QStringList &items);

    /// The family's hue, derived from the palette's Highlight (SSPI keeps it, the others turn it
    /// round the colour wheel), saturated enough to tell apart even when Highlight is grey.
    static QColor tint(sspilens::Family family, const QPalette &palette);
    /// A background for a code of @p family: its tint blended into palette Base by @p amount, so
    /// that palette Text stays readable on light and dark palettes alike.
    static QColor background(sspilens::Family family, const QPalette &palette, double amount = 0.40);
    /// @p base with @p amount (0..1) of @p tint mixed in.
    static QColor blend(const QColor &base, const QColor &tint, double amount);
    /// WCAG 2 contrast ratio of two opaque colours (1..21).
    static double contrast(const QColor &a, const QColor &b);
};

Q_DECLARE_METATYPE(const sspilens::StatusCode *)
