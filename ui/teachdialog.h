// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sspilens {
struct StatusCode;
}

/// "This text means…": the text selected in a log, and the code it stands for, chosen from the
/// catalog with the code library's search rule (core's SearchQuery). OK is enabled once a code is
/// chosen and the text is safe to match (UserMessageFile::checkText(), explained below it).
class TeachDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeachDialog(const QString &text, QWidget *parent = nullptr);

    QString text() const;
    QString language() const;
    QString note() const;
    /// The code chosen in the list, or nullptr.
    const sspilens::StatusCode *selectedCode() const;
    void selectCode(const sspilens::StatusCode *code);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *codeList() const { return m_codes; }
    /// Why OK is disabled, or empty.
    QString problem() const;

private:
    void filter();
    void update();

    QLineEdit *m_text = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_codes = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
