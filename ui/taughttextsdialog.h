// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class TaughtTexts;

/// "Taught Texts…": the texts the user taught (text, code, language, when), with Remove, Import
/// (merge another file, reporting the rows skipped) and Export. A file that must not be changed
/// (written by a newer version) is listed with the reason, and Remove and Import are disabled.
class TaughtTextsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TaughtTextsDialog(TaughtTexts *texts, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *importButton() const { return m_import; }

    /// Removes the texts of the selected rows.
    void removeSelected();
    /// Merges @p path and tells what was added and skipped (a message box unless @p quiet);
    /// returns that report.
    QString importFrom(const QString &path, bool quiet = false);
    /// Exports to @p path; returns an error, or empty.
    QString exportTo(const QString &path);

private:
    void refresh();
    void updateButtons();

    TaughtTexts *m_texts = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
};
