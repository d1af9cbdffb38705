// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTextEdit;
class QToolButton;
class QVBoxLayout;

namespace sspilens {
struct StatusCode;
}

/// The card for one code: names, the value in every notation (each copyable), severity, category,
/// packages, the Windows message, meaning, explanation, likely causes, next steps with copyable
/// commands, related codes as links and the Microsoft documentation link.
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

    /// Wide enough for the card's longest unbreakable line, so that nothing is cut off.
    QSize minimumSizeHint() const override;

signals:
    /// A related code link was activated; @p value is an SSPI value that is in the catalog.
    void relatedCodeActivated(quint32 value);
    /// Something was put on the clipboard; @p message says what (for a status bar).
    void copied(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLinkColours();
    void fillCode();
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

    QLabel *m_symbolLabel = nullptr;
    QToolButton *m_copySymbol = nullptr;
    QLabel *m_aliasesLabel = nullptr;
    QLabel *m_severityIcon = nullptr;
    QLabel *m_classLabel = nullptr;
    QLabel *m_packagesLabel = nullptr;

    QLabel *m_valuesHeading = nullptr;
    QLabel *m_hexCaption = nullptr;
    QLabel *m_signedCaption = nullptr;
    QLabel *m_unsignedCaption = nullptr;
    QLabel *m_hexValue = nullptr;
    QLabel *m_signedValue = nullptr;
    QLabel *m_unsignedValue = nullptr;
    QToolButton *m_copyHex = nullptr;
    QToolButton *m_copySigned = nullptr;
    QToolButton *m_copyUnsigned = nullptr;

    QLabel *m_meaningHeading = nullptr;
    QTextEdit *m_meaningLabel = nullptr;
    QTextEdit *m_explanationLabel = nullptr;
    QLabel *m_messageHeading = nullptr;
    QTextEdit *m_messageLabel = nullptr;
    QLabel *m_causesHeading = nullptr;
    QTextEdit *m_causesLabel = nullptr;
    QLabel *m_stepsHeading = nullptr;
    QWidget *m_stepsBox = nullptr;
    QLabel *m_relatedHeading = nullptr;
    QLabel *m_relatedLabel = nullptr;
    QLabel *m_docsHeading = nullptr;
    QLabel *m_docsLink = nullptr;
};
