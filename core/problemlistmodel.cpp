// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/problemlistmodel.h"

#include <QSet>

#include <QFileInfo>

namespace Broadsheet::Core {

ProblemListModel::ProblemListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(problem.path).fileName();
        case LineColumn:
            return problem.line > 0 ? QVariant(problem.line) : QVariant();
        case MessageColumn:
            return problem.message;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? problem.message : problem.path;
    case PathRole:
        return problem.path;
    case LineRole:
        return problem.line;
    case IsErrorRole:
        return problem.severity == Problem::Severity::Error;
    }
    return {};
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

void ProblemListModel::addProblems(const QList<Problem> &problems)
{
    if (problems.isEmpty())
        return;
    const int first = int(m_problems.size());
    beginInsertRows({}, first, first + int(problems.size()) - 1);
    m_problems.append(problems);
    endInsertRows();
}

void ProblemListModel::removeProblemsOf(const QStringList &paths)
{
    if (paths.isEmpty() || m_problems.isEmpty())
        return;
    const QSet<QString> gone(paths.cbegin(), paths.cend());
    // From the end, so the rows still to visit keep their numbers.
    for (int row = int(m_problems.size()) - 1; row >= 0; --row) {
        if (!gone.contains(m_problems.at(row).path))
            continue;
        int first = row;
        while (first > 0 && gone.contains(m_problems.at(first - 1).path))
            --first;
        beginRemoveRows({}, first, row);
        m_problems.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
}

void ProblemListModel::clear()
{
    beginResetModel();
    m_problems.clear();
    endResetModel();
}

} // namespace Broadsheet::Core
