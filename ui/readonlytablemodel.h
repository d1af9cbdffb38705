// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

/// What the code table, the findings and the summary share: rows that can be selected but not
/// edited, and a retranslate() that makes every view re-read headers and cells after a language
/// switch (their texts are translated at display time).
class ReadOnlyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Call from the owner's changeEvent(QEvent::LanguageChange).
    void retranslate();
};
