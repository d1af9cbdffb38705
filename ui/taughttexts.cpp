// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "taughttexts.h"

#include "systemmessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace sspilens;

TaughtTexts::TaughtTexts(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_system(installedSystemMessages())
{
    m_file.load(m_path, &m_loadError);
}

void TaughtTexts::reload()
{
    m_loadError.clear();
    m_file.load(m_path, &m_loadError);
    emit changed();
}

bool TaughtTexts::modify(const std::function<bool(UserMessageFile &, QString *)> &change, QString *error)
{
    UserMessageFile fresh;
    QString loadError;
    fresh.load(m_path, &loadError);
    const auto done = [&](bool ok) {
        m_file = fresh;
        m_loadError = loadError;
        emit changed();
        return ok;
    };
    if (!fresh.isWritable()) {
        if (error) {
            *error = QCoreApplication::translate("TaughtTexts", "Your taught texts in %1 cannot be changed: %2")
                         .arg(QDir::toNativeSeparators(m_path), fresh.readOnlyReason());
        }
        return done(false);
    }
    if (!change(fresh, error))
        return done(false);
    if (!fresh.save(m_path, error)) {
        fresh.load(m_path, &loadError); // what is on disk, unchanged
        return done(false);
    }
    return done(true);
}

bool TaughtTexts::teach(const StatusCode &code, const QString &text, const QString &language, const QString &note,
                        QString *error)
{
    return modify([&](UserMessageFile &file, QString *why) { return file.add(code, text, language, note, why); },
                  error);
}

bool TaughtTexts::remove(const QString &text, QString *error)
{
    return modify(
        [&](UserMessageFile &file, QString *why) {
            if (file.remove(text))
                return true;
            if (why)
                *why = QCoreApplication::translate("TaughtTexts", "“%1” is not taught (any more).").arg(text);
            return false;
        },
        error);
}

bool TaughtTexts::importFile(const QString &path, int *added, QStringList *skipped, QString *error)
{
    UserMessageFile other;
    QString readError;
    if (!QFileInfo::exists(path)) {
        if (error)
            *error =
                QCoreApplication::translate("TaughtTexts", "%1 does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!other.load(path, &readError)) {
        if (error)
            *error = readError;
        return false;
    }
    for (const UserMessageIssue &issue : other.issues())
        skipped->append(issue.toString());
    return modify(
        [&](UserMessageFile &file, QString *) {
            std::vector<UserMessageIssue> duplicates;
            *added = file.merge(other, &duplicates);
            for (const UserMessageIssue &issue : duplicates)
                skipped->append(issue.toString());
            return true;
        },
        error);
}

bool TaughtTexts::exportFile(const QString &path, QString *error) const
{
    UserMessageFile out;
    out.merge(m_file);
    return out.save(path, error);
}

std::vector<ExtraMessage> TaughtTexts::extraMessages() const
{
    // The user's word first: where a taught text equals a system one, the taught code wins.
    std::vector<ExtraMessage> out = m_file.extraMessages();
    out.insert(out.end(), m_system.begin(), m_system.end());
    return out;
}
