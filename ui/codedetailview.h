// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "familyformat.h"

#include <QWidget>

#include <array>

class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTextEdit;
class QToolButton;
class QVBoxLayout;

/// The card for one code: family, names, the value in every notation its family uses (each
/// copyable), severity, category, packages, the Windows message and the other verbatim texts that
/// name it, the events it appears in, meaning, explanation, likely causes, next steps with copyable
/// commands, related codes of its family and the same failure in other layers as links, and the
/// Microsoft documentation link. Links carry the identity (family, value) of the code they open.
///
/// Reusable on its own (the log panel shows it for a finding): call showCode() and connect
/// relatedCodeActivated() to whatever selects a code in the host.
class CodeDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit CodeDetailView(QWidget *parent = nullptr);

    /// Shows @p code, or the empty state for nullptr. The pointer must outlive the view (catalog
    /// entries do).
    void showCode(const sspilens::StatusCode *code);
    const sspilens::StatusCode *code() const { return m_code; }

    /// The name of a language tag ("zh-TW") in that language, with its territory when it is not
    /// the language's main one: "繁體中文（台灣）", "简体中文", "Deutsch".
    static QString languageName(const QString &tag);

    /// Wide enough for the card's longest unbreakable line, so that nothing is cut off.
    QSize minimumSizeHint() const override;

signals:
    /// A related code link was activated; @p code is the catalog entry it names.
    void relatedCodeActivated(const sspilens::StatusCode *code);
    /// Something was put on the clipboard; @p message says what (for a status bar).
    void copied(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLinkColours();
    void fillCode();
    void fillValues();
    void fillRelated();
    bool fillLocalizedMessages(); ///< false when the code has none
    void rebuildNextSteps();
    void copyText(const QString &text, QWidget *source);
    void activateLink(const QString &link);
    QLabel *addHeading(QVBoxLayout *layout);
    QTextEdit *addParagraph(QVBoxLayout *layout, const QString &objectName);
    QLabel *addLinkLabel(QVBoxLayout *layout, const QString &objectName);
    static void setBlockText(QTextEdit *block, const QString &text, Qt::TextFormat format = Qt::PlainText);
    QToolButton *makeCopyButton(const QString &objectName);

    const sspilens::StatusCode *m_code = nullptr;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QScrollArea *m_scroll = nullptr;

    QLabel *m_familyLabel = nullptr;
    QLabel *m_symbolLabel = nullptr;
    QToolButton *m_copySymbol = nullptr;
    QLabel *m_aliasesLabel = nullptr;
    QLabel *m_severityIcon = nullptr;
    QLabel *m_classLabel = nullptr;
    QLabel *m_packagesLabel = nullptr;

    QLabel *m_valuesHeading = nullptr;
    /// One notation of the value; the rows are named after the notation they show ("hexValue",
    /// "copySignedButton") each time a code is shown.
    struct ValueRow {
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QToolButton *copy = nullptr;
    };
    std::array<ValueRow, 4> m_valueRows{};
    QTextEdit *m_wrapperLabel = nullptr;

    QLabel *m_meaningHeading = nullptr;
    QTextEdit *m_meaningLabel = nullptr;
    QTextEdit *m_explanationLabel = nullptr;
    QLabel *m_messageHeading = nullptr;
    QTextEdit *m_messageLabel = nullptr;
    /// Windows' own texts of the code in other languages, one row each: language, text (the
    /// source where it was seen as tooltip).
    QWidget *m_localizedBox = nullptr;
    QLabel *m_fingerprintsHeading = nullptr;
    QTextEdit *m_fingerprintsLabel = nullptr;
    QLabel *m_eventsHeading = nullptr;
    QTextEdit *m_eventsLabel = nullptr;
    QLabel *m_causesHeading = nullptr;
    QTextEdit *m_causesLabel = nullptr;
    QLabel *m_stepsHeading = nullptr;
    QWidget *m_stepsBox = nullptr;
    QLabel *m_relatedHeading = nullptr;
    QLabel *m_relatedLabel = nullptr;
    QLabel *m_crossFamilyHeading = nullptr;
    QLabel *m_crossFamilyLabel = nullptr;
    QLabel *m_docsHeading = nullptr;
    QLabel *m_docsLink = nullptr;
};
