// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/counttreemodel.h"

#include <QDate>
#include <QPair>

namespace Broadsheet::Core {

// Articles by year › month › day of their date in the local time zone, newest first.
// Keys are zero-padded numbers ("2022", "02", "10"), labels follow the UI language.
class DateTreeModel final : public CountTreeModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateTreeModel)

public:
    explicit DateTreeModel(QObject *parent = nullptr);

    static QStringList pathFor(const Article &article);

    // The first and last day a node covers (a year, a month or a day); invalid dates for
    // an invalid or unknown path.
    static QPair<QDate, QDate> dateRange(const QStringList &path);

protected:
    QList<QStringList> pathsOf(const Article &article) const override { return {pathFor(article)}; }
    void countArticles(const QList<Article> &articles, int sign, DeltaSum &sum) const override
    {
        countAtOnePath(articles, sign, sum, &DateTreeModel::pathFor);
    }
    QString labelFor(const QStringList &path) const override;
    QString headerLabel() const override;
};

} // namespace Broadsheet::Core
