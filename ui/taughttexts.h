// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "usermessages.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

/**
 * The user's taught texts for the window: core's UserMessageFile at its default path, plus the
 * system's own message texts (Windows). Every change reads the file again first (another window
 * or the command line may have changed it), applies itself and saves atomically; a file that
 * must not be overwritten (a newer version's) is never saved. changed() follows every change
 * and reload().
 */
class TaughtTexts : public QObject
{
    Q_OBJECT

public:
    explicit TaughtTexts(const QString &path = sspilens::UserMessageFile::defaultPath(), QObject *parent = nullptr);

    QString path() const { return m_path; }
    /// The file as last read.
    const sspilens::UserMessageFile &file() const { return m_file; }
    /// Why the file could not be read, or empty.
    QString loadError() const { return m_loadError; }

    /// Reads the file again.
    void reload();
    /// Teaches @p text as @p code. False, with a sentence for people in @p error, when the text
    /// is not safe, already taught, or the file cannot or must not be written.
    bool teach(const sspilens::StatusCode &code, const QString &text, const QString &language, const QString &note,
               QString *error);
    /// Forgets the row that teaches @p text.
    bool remove(const QString &text, QString *error);
    /// Merges the rows of the file at @p path; @p added counts the new rows and @p skipped lists
    /// the others as "FILE:LINE: reason". False, with @p error, when nothing could be merged.
    bool importFile(const QString &path, int *added, QStringList *skipped, QString *error);
    /// Writes the usable rows to @p path (QSaveFile).
    bool exportFile(const QString &path, QString *error) const;

    /// What the scanner matches beyond the catalog: the taught texts, then the system's.
    std::vector<sspilens::ExtraMessage> extraMessages() const;

signals:
    void changed();

private:
    bool modify(const std::function<bool(sspilens::UserMessageFile &, QString *)> &change, QString *error);

    QString m_path;
    sspilens::UserMessageFile m_file;
    QString m_loadError;
    std::vector<sspilens::ExtraMessage> m_system;
};
