// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "familyformat.h"
#include "statuscode.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

#include <array>

class CodeDetailView;
class CodeFilterProxy;
class CodeTableModel;
class QAction;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QScrollArea;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

/// The code library: one search box, family / severity / category / package filters with counts,
/// the sortable table of every family's codes and the detail card of the current row.
class CodeBrowser : public QWidget
{
    Q_OBJECT

public:
    /// How long typing must pause before the table is filtered.
    static constexpr int SearchDelayMs = 150;

    explicit CodeBrowser(QWidget *parent = nullptr);
    ~CodeBrowser() override;

    /// Copies the selected rows as `SYMBOL (0x...): meaning` lines (Ctrl+C in the table).
    QAction *copyAction() const { return m_copyAction; }
    /// Focuses and selects the search box (Ctrl+F).
    QAction *findAction() const { return m_findAction; }
    /// Unchecks every filter.
    QAction *clearFiltersAction() const { return m_clearFiltersAction; }

    CodeTableModel *model() const { return m_model; }
    CodeFilterProxy *proxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    CodeDetailView *detailView() const { return m_detail; }
    QWidget *filterPanel() const;
    QSplitter *splitter() const { return m_splitter; }

    /// Sets the search text and filters at once, without the typing delay.
    void setSearchText(const QString &text);
    /// Makes @p code (a catalog entry) current, clearing search and filters if they hide it.
    bool selectCode(const sspilens::StatusCode *code);
    /// Same by symbol or alias, in any case and spacing.
    bool selectSymbol(const QString &symbol);
    /// Same for anything lookup understands (a value in any notation, a symbol, a message text).
    bool selectToken(const QString &token);
    /// The entry of the current row, or nullptr.
    const sspilens::StatusCode *currentCode() const;
    /// The entries of the selected rows, in table order.
    QList<const sspilens::StatusCode *> selectedCodes() const;

    void focusSearch();
    void copySelection();
    void copySymbols();
    /// Copies the values of the selected codes, each as its family writes it.
    void copyValues();
    void copyMarkdown();

    void setFiltersVisible(bool visible);
    bool filtersVisible() const;
    void setDetailsVisible(bool visible);
    bool detailsVisible() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    /// A short message for the status bar (e.g. what was copied).
    void statusMessage(const QString &message);
    /// The browser wants to be shown (Find was triggered while another tab was current).
    void showRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilters(QWidget *panel);
    void fitFilterPanel();
    void placeSplitter();
    void resizeColumns();
    void retranslateUi();
    void applySearch();
    void onFilterChanged();
    void updateEmptyState();
    void updateActions();
    void onCurrentChanged(const QModelIndex &current);
    void selectProxyRow(int row);
    void setClipboard(const QString &text, const QString &message);

    CodeTableModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_filterScroll = nullptr;
    QGroupBox *m_familyBox = nullptr;
    QGroupBox *m_severityBox = nullptr;
    QGroupBox *m_categoryBox = nullptr;
    QGroupBox *m_packageBox = nullptr;
    std::array<QCheckBox *, FamilyFormat::Count> m_familyChecks{};
    std::array<QCheckBox *, 3> m_severityChecks{};
    std::array<QCheckBox *, sspilens::CategoryCount> m_categoryChecks{};
    std::array<QCheckBox *, sspilens::PackageCount> m_packageChecks{};
    QPushButton *m_clearFiltersButton = nullptr;

    QStackedWidget *m_resultStack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyReason = nullptr;
    QPushButton *m_emptyClearSearch = nullptr;
    QPushButton *m_emptyClearFilters = nullptr;
    CodeDetailView *m_detail = nullptr;

    QAction *m_copyAction = nullptr;
    QAction *m_copySymbolAction = nullptr;
    QAction *m_copyValueAction = nullptr;
    QAction *m_copyMarkdownAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    bool m_splitterPlaced = false;     ///< the first show has placed the splitter
    QByteArray m_pendingSplitterState; ///< from settings, applied on the first show
};
