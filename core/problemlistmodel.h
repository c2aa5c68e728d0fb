// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/problem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Broadsheet::Core {

// What went wrong while importing: one row per problem, with the file, the line and a message.
class ProblemListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemListModel)

public:
    enum Column { FileColumn, LineColumn, MessageColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString
        LineRole, // int, 0 when not tied to a line
        IsErrorRole, // bool: the file was skipped
    };

    explicit ProblemListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void addProblems(const QList<Problem> &problems);
    // Drops the problems of these files (they were read again, or are gone).
    void removeProblemsOf(const QStringList &paths);
    void clear();
    const QList<Problem> &problems() const { return m_problems; }

private:
    QList<Problem> m_problems;
};

} // namespace Broadsheet::Core
