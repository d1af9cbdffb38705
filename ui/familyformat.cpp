// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "familyformat.h"

#include "catalog.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

using namespace sspilens;

namespace {

const QString linkScheme = QStringLiteral("code:");

QString shortHex(quint32 value, int digits)
{
    return QStringLiteral("0x") + QString::number(value, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

double channel(double v)
{
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

QString FamilyFormat::name(Family family)
{
    switch (family) {
    case Family::Sspi: return tr("SSPI");
    case Family::NtStatus: return tr("NTSTATUS");
    case Family::Kerberos: return tr("Kerberos");
    case Family::TlsAlert: return tr("TLS alert");
    case Family::Win32: return tr("Win32");
    case Family::HResult: return tr("HRESULT");
    }
    return {};
}

QString FamilyFormat::value(Family family, quint32 value)
{
    return formatValue(family, value);
}

QString FamilyFormat::qualifiedValue(Family family, quint32 value)
{
    switch (family) {
    case Family::Kerberos:
    case Family::TlsAlert:
    case Family::Win32:
        return tr("%1 %2", "family name and value, e.g. Kerberos 0x18")
            .arg(name(family), FamilyFormat::value(family, value));
    case Family::Sspi:
    case Family::NtStatus:
    case Family::HResult: break;
    }
    return FamilyFormat::value(family, value);
}

QList<FamilyFormat::Notation> FamilyFormat::notations(Family family, quint32 value)
{
    // Captions shared with the card, where they were first written (their translations stay).
    const QString hexCaption = QCoreApplication::translate("CodeDetailView", "Hexadecimal");
    const Notation hex{QStringLiteral("hex"), hexCaption, formatHex(value)};
    const Notation signedDecimal{QStringLiteral("signed"),
                                 QCoreApplication::translate("CodeDetailView", "Signed decimal"),
                                 QString::number(static_cast<qint32>(value))};
    const Notation unsignedDecimal{QStringLiteral("unsigned"),
                                   QCoreApplication::translate("CodeDetailView", "Unsigned decimal"),
                                   QString::number(value)};
    const Notation decimal{QStringLiteral("decimal"), tr("Decimal"), QString::number(value)};
    switch (family) {
    case Family::Sspi:
    case Family::HResult: return {hex, signedDecimal, unsignedDecimal};
    case Family::NtStatus:
        // winerror.h: HRESULT_FROM_NT(x) sets the N bit.
        return {hex,
                signedDecimal,
                unsignedDecimal,
                {QStringLiteral("hresult"), tr("As HRESULT (HRESULT_FROM_NT)"), formatHex(value | 0x10000000u)}};
    case Family::Kerberos: return {{QStringLiteral("hex"), hexCaption, shortHex(value, 2)}, decimal};
    case Family::TlsAlert: return {decimal, {QStringLiteral("hex"), hexCaption, shortHex(value, 2)}};
    case Family::Win32: {
        // winerror.h: HRESULT_FROM_WIN32(x) is x itself for 0 (and negative values), else FACILITY_WIN32.
        const quint32 hresult = static_cast<qint32>(value) <= 0 ? value : ((value & 0xFFFFu) | 0x80070000u);
        return {decimal, hex, {QStringLiteral("hresult"), tr("As HRESULT (HRESULT_FROM_WIN32)"), formatHex(hresult)}};
    }
    }
    return {hex};
}

QString FamilyFormat::eventSite(const EventSite &site)
{
    const QString field = QString::fromLatin1(site.field);
    QString log = tr("Security", "the Windows event log");
    QString source; // the event's provider, where the log alone does not say it
    QString label;  // what Event Viewer shows for the field, when it differs from the XML name
    switch (site.eventId) {
    case 4625:
        if (field == QLatin1String("SubStatus"))
            label = tr("Sub Status", "event field as Event Viewer shows it");
        break;
    case 4768: label = tr("Result Code", "event field as Event Viewer shows it"); break;
    case 4769:
    case 4771: label = tr("Failure Code", "event field as Event Viewer shows it"); break;
    case 4776: label = tr("Error Code", "event field as Event Viewer shows it"); break;
    case 36887:
    case 36888:
        log = tr("System", "the Windows event log");
        source = QStringLiteral("Schannel");
        label = tr("fatal alert code", "Schannel 36887/36888: 'The TLS protocol defined fatal alert code is 40.'");
        break;
    case 3:
        log = tr("System", "the Windows event log");
        source = QStringLiteral("Security-Kerberos");
        label = tr("Error Code", "event field as Event Viewer shows it");
        break;
    default: log = tr("Event", "an event of an unnamed log"); break;
    }
    const QString id = QString::number(site.eventId);
    const QString where = source.isEmpty() ? QStringLiteral("%1 %2").arg(log, id)
                                           : tr("%1 %2 (%3)", "log name, event ID, event source").arg(log, id, source);
    if (label.isEmpty() || label == field)
        return tr("%1, field %2", "event, XML field name").arg(where, field);
    return tr("%1, field %2 (%3)", "event, XML field name, the field as Event Viewer shows it")
        .arg(where, field, label);
}

QString FamilyFormat::link(const StatusCode &code)
{
    return linkScheme + familyKey(code.family) + QLatin1Char(':') + formatHex(code.value);
}

const StatusCode *FamilyFormat::codeOfLink(QStringView link)
{
    if (!link.startsWith(linkScheme))
        return nullptr;
    const QStringView rest = link.mid(linkScheme.size());
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return nullptr;
    const QStringView key = rest.left(colon);
    const auto family = std::find_if(all.begin(), all.end(), [key](Family f) { return familyKey(f) == key; });
    QStringView number = rest.mid(colon + 1);
    if (family == all.end() || !number.startsWith(QLatin1String("0x")))
        return nullptr;
    bool ok = false;
    const quint32 value = number.mid(2).toUInt(&ok, 16);
    return ok ? Catalog::instance().byValue(value, *family) : nullptr;
}

QString FamilyFormat::listSeparator()
{
    return QCoreApplication::translate("CodeDetailView", ", ", "list separator");
}

QString FamilyFormat::joinList(const QStringList &items)
{
    return items.join(listSeparator());
}

QColor FamilyFormat::tint(Family family, const QPalette &palette)
{
    const QColor hsl = palette.color(QPalette::Highlight).toHsl();
    const int hue = hsl.hslHue() < 0 ? 210 : hsl.hslHue();
    // Sixty degrees apart: six hues as far from each other as the wheel allows.
    const int turn = 60 * static_cast<int>(family);
    // A grey or very dark or light Highlight would make every family look alike.
    const int saturation = std::max(hsl.hslSaturation(), 150);
    const int lightness = std::clamp(hsl.lightness(), 110, 160);
    return QColor::fromHsl((hue + turn) % 360, saturation, lightness);
}

QColor FamilyFormat::background(Family family, const QPalette &palette, double amount)
{
    return blend(palette.color(QPalette::Base), tint(family, palette), amount);
}

QColor FamilyFormat::blend(const QColor &base, const QColor &tint, double amount)
{
    const auto mix = [amount](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * amount)); };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()), mix(base.blue(), tint.blue()));
}

double FamilyFormat::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
