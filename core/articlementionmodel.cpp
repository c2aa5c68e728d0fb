// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlementionmodel.h"

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

ArticleMentionModel::ArticleMentionModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ArticleMentionModel::setMentions(const QList<Mention> &mentions)
{
    beginResetModel();
    m_groups.clear();
    for (const Mention::Kind kind : {Mention::Kind::Bank, Mention::Kind::Company}) {
        Group group {kind, {}};
        for (const Mention &mention : mentions) {
            if (mention.kind == kind)
                group.mentions.append(mention);
        }
        if (!group.mentions.isEmpty())
            m_groups.append(group);
    }
    endResetModel();
}

void ArticleMentionModel::setQuoteProvider(const QuoteProvider &provider)
{
    m_quotes = provider;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QUrl ArticleMentionModel::quoteUrl(const Mention &mention) const
{
    return !mention.aShare.isEmpty() ? m_quotes.aShareUrl(mention.aShare)
                                     : m_quotes.hShareUrl(mention.hShare);
}

QModelIndex ArticleMentionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex ArticleMentionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ArticleMentionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).mentions.size());
}

int ArticleMentionModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ArticleMentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        if (role == IsGroupRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return group.kind == Mention::Kind::Bank ? tr("Banks") : tr("Listed companies");
        if (role == Qt::DisplayRole && index.column() == CountColumn)
            return int(group.mentions.size());
        return {};
    }
    const Mention &mention = m_groups.at(int(index.internalId() - 1)).mentions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return mention.name;
        case CodeColumn: {
            QStringList codes;
            if (!mention.aShare.isEmpty())
                codes.append(mention.aShare.mid(2) + u'.' + mention.aShare.left(2).toUpper());
            if (!mention.hShare.isEmpty())
                codes.append(mention.hShare + u".HK"_s);
            return codes.join(u' ');
        }
        case CountColumn:
            return mention.count;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = mention.fullName.isEmpty() ? mention.name : mention.fullName;
        if (index.column() == CodeColumn && quoteUrl(mention).isValid())
            tip = tr("Open the quote page: %1").arg(quoteUrl(mention).toString());
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameRole:
        return mention.name;
    case QuoteUrlRole:
        return quoteUrl(mention);
    case IsGroupRole:
        return false;
    }
    return {};
}

QVariant ArticleMentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Code");
    case CountColumn:
        return tr("Times");
    }
    return {};
}

} // namespace Broadsheet::Core
