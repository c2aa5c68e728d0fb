// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mention.h"
#include "core/quoteprovider.h"

#include <QAbstractItemModel>

namespace Broadsheet::Core {

// The Mentions panel's content: the banks and listed companies one article mentions, under
// "Banks" and "Listed companies", with their stock codes, how often they occur, and the quote
// page of the chosen provider. A group without mentions is not shown.
class ArticleMentionModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleMentionModel)

public:
    enum Column { NameColumn, CodeColumn, CountColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, // QString: canonical name (empty for a group)
        QuoteUrlRole, // QUrl: the quote page, invalid without a code
        IsGroupRole, // bool
    };

    explicit ArticleMentionModel(QObject *parent = nullptr);

    void setMentions(const QList<Mention> &mentions);
    void setQuoteProvider(const QuoteProvider &provider);
    QUrl quoteUrl(const Mention &mention) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        Mention::Kind kind;
        QList<Mention> mentions;
    };
    // Internal ids: 0 for a group row, group index + 1 for a mention row.
    QList<Group> m_groups;
    QuoteProvider m_quotes = QuoteProvider::byId({});
};

} // namespace Broadsheet::Core
