// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The reference tables in tests/data/reference (tab-separated, one header row), read the one way
// every catalog test reads them.
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

struct TsvTable {
    bool ok = false; ///< the file could be read
    QStringList header;
    QList<QStringList> rows;
    int column(const char *name) const { return int(header.indexOf(QLatin1String(name))); }
    QString cell(const QStringList &row, const char *name) const { return row.value(column(name)); }
};

/// A file of tests/data/reference (or of SSPILENS_REFERENCE_DIR when the build names another).
inline QString referencePath(const QString &file)
{
    return QStringLiteral(SSPILENS_REFERENCE_DIR "/") + file;
}

/// The table; ok is false (and it is empty) when the file cannot be read.
inline TsvTable readTsv(const QString &path)
{
    TsvTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    table.ok = true;
    bool first = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (first) {
            table.header = cells;
            first = false;
        } else {
            table.rows << cells;
        }
    }
    return table;
}
