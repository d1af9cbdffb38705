// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "teachdialog.h"

#include "catalog.h"
#include "lookup.h"
#include "usermessages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace sspilens;

namespace {
constexpr int CodeIndexRole = Qt::UserRole + 1;
}

TeachDialog::TeachDialog(const QString &text, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teachDialog"));
    setWindowTitle(tr("This Text Means…"));

    m_text = new QLineEdit(UserMessageFile::normaliseText(text), this);
    m_text->setObjectName(QStringLiteral("teachText"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("teachSearch"));
    m_search->setPlaceholderText(tr("Search by value, symbol or words of the meaning"));
    m_search->setClearButtonEnabled(true);
    m_codes = new QListWidget(this);
    m_codes->setObjectName(QStringLiteral("teachCodes"));
    m_codes->setUniformItemSizes(true);
    m_language = new QLineEdit(this);
    m_language->setObjectName(QStringLiteral("teachLanguage"));
    m_language->setPlaceholderText(tr("optional, such as de-DE"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("teachNote"));
    m_note->setPlaceholderText(tr("optional"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("teachProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Teach"));

    const auto &codes = Catalog::instance().codes();
    for (size_t i = 0; i < codes.size(); ++i) {
        const StatusCode &code = codes[i];
        if (code.wrapper)
            continue; // the log decoder never reports them
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %3): %4")
                .arg(code.symbolString(), familyKey(code.family), formatValue(code), trCatalog(code.meaning)),
            m_codes);
        item->setData(CodeIndexRole, static_cast<int>(i));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Find the code:"), m_search);
    form->addRow(QString(), m_codes);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("From now on the log decoder reports this text as the code you choose, in every "
                                "log, also after a restart. Taught texts are kept in your own file "
                                "(Edit > Taught Texts…)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &TeachDialog::filter);
    connect(m_text, &QLineEdit::textChanged, this, &TeachDialog::update);
    connect(m_codes, &QListWidget::currentItemChanged, this, &TeachDialog::update);
    connect(m_codes, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    resize(640, 480);
    m_search->setFocus();
    update();
}

QString TeachDialog::text() const
{
    return UserMessageFile::normaliseText(m_text->text());
}

QString TeachDialog::language() const
{
    return m_language->text().trimmed();
}

QString TeachDialog::note() const
{
    return m_note->text().trimmed();
}

const StatusCode *TeachDialog::selectedCode() const
{
    const QListWidgetItem *item = m_codes->currentItem();
    if (!item || item->isHidden())
        return nullptr;
    return &Catalog::instance().codes().at(static_cast<size_t>(item->data(CodeIndexRole).toInt()));
}

void TeachDialog::selectCode(const StatusCode *code)
{
    for (int row = 0; row < m_codes->count(); ++row) {
        QListWidgetItem *item = m_codes->item(row);
        const auto index = static_cast<size_t>(item->data(CodeIndexRole).toInt());
        if (&Catalog::instance().codes().at(index) == code) {
            item->setHidden(false);
            m_codes->setCurrentItem(item);
            return;
        }
    }
}

QString TeachDialog::problem() const
{
    return m_problem->text();
}

void TeachDialog::filter()
{
    const SearchQuery query(m_search->text().trimmed());
    const auto &codes = Catalog::instance().codes();
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_codes->count(); ++row) {
        QListWidgetItem *item = m_codes->item(row);
        const auto index = static_cast<size_t>(item->data(CodeIndexRole).toInt());
        const bool shown = query.isEmpty() || query.matches(codes.at(index));
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    // The first match becomes the choice when the one chosen is filtered out.
    const QListWidgetItem *current = m_codes->currentItem();
    if (!current || current->isHidden())
        m_codes->setCurrentItem(first);
    update();
}

void TeachDialog::update()
{
    QString problem = UserMessageFile::checkText(m_text->text());
    const StatusCode *code = selectedCode();
    if (problem.isEmpty() && !code)
        problem = tr("Choose the code the text means.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
