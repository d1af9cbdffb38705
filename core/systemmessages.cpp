// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "systemmessages.h"

#include "usermessages.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace sspilens {

namespace {

bool sameEnglishText(const StatusCode &a, const StatusCode &b)
{
    return a.windowsMessage && b.windowsMessage
           && Catalog::normaliseMessage(QString::fromUtf8(a.windowsMessage))
                  == Catalog::normaliseMessage(QString::fromUtf8(b.windowsMessage));
}

} // namespace

SystemMessageSource::~SystemMessageSource() = default;

#ifndef Q_OS_WIN
std::unique_ptr<SystemMessageSource> windowsMessageSource()
{
    return nullptr;
}
#endif

QLocale userDisplayLocale()
{
    const QStringList languages = QLocale::system().uiLanguages();
    return languages.isEmpty() ? QLocale::system() : QLocale(languages.constFirst());
}

std::vector<ExtraMessage> systemMessages(const SystemMessageSource &source, const QLocale &locale,
                                         const Catalog &catalog)
{
    static const QRegularExpression insert(QStringLiteral("%(\\d|[!.bnrt0])"));
    // "de-DE", "zh-TW": the language and territory, like the other localized fingerprints.
    const QString language = locale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
    std::vector<ExtraMessage> out;
    QHash<QString, qsizetype> seen; // normalised text -> index in out, or -1 once two codes share it
    for (const StatusCode &code : catalog.codes()) {
        if (code.wrapper || code.severity == Severity::Success)
            continue;
        const std::optional<QString> found = source.message(code, locale);
        if (!found)
            continue;
        const QString text = UserMessageFile::normaliseText(*found);
        if (text.contains(insert) || !UserMessageFile::checkText(text).isEmpty())
            continue;
        const QString key = Catalog::normaliseMessage(text);
        if (code.windowsMessage && key == Catalog::normaliseMessage(QString::fromUtf8(code.windowsMessage)))
            continue;
        const auto it = seen.constFind(key);
        if (it != seen.constEnd()) {
            // Two codes whose English text is one keep the first, like the catalog's own texts;
            // otherwise one text for two codes names neither, and both go.
            if (*it >= 0) {
                ExtraMessage &earlier = out[static_cast<size_t>(*it)];
                if (sameEnglishText(*earlier.code, code))
                    continue;
                earlier.code = nullptr;
            }
            seen[key] = -1;
            continue;
        }
        seen.insert(key, static_cast<qsizetype>(out.size()));
        out.push_back({&code, text, language});
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const ExtraMessage &m) { return m.code == nullptr; }),
              out.end());
    return out;
}

std::vector<ExtraMessage> installedSystemMessages(const Catalog &catalog)
{
    const std::unique_ptr<SystemMessageSource> source = windowsMessageSource();
    if (!source)
        return {};
    return systemMessages(*source, userDisplayLocale(), catalog);
}

} // namespace sspilens
