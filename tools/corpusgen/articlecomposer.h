// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/corpusgen/corpusvocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QRandomGenerator>
#include <QString>

namespace Broadsheet::Tools {

// Composes one synthetic article, front matter and body, in the layout of the source it
// draws. Touches no files: CorpusGenerator decides sizes and writes. All randomness comes
// from the generator passed in, so a seed fixes every byte.
class ArticleComposer final
{
public:
    explicit ArticleComposer(QRandomGenerator &rng);

    // Where the article goes and what it is, for the file name and the manifest.
    struct Facts {
        QString relativePath; // <source>/<year>/<source>-<subject>-<topic>-<index>-<date>.md
        QString category; // levels joined with " › "
        QString year; // of the date in Asia/Shanghai
        QString source;
        QString bodyKind; // html, markdown, text
        QString dateFormat; // rfc2822, zoneless, iso8601, date-only
    };

    // Appends an article of about targetSize bytes (never less than one sentence of body)
    // to out. `index` makes the file name unique.
    Facts compose(qint64 index, qint64 targetSize, QByteArray &out);

private:
    enum class BodyKind { Html, Markdown, Text };
    enum class DateFormat { Rfc2822, Zoneless, Iso, DateOnly };

    // The state of the article being composed.
    struct Current {
        const Source *source = nullptr;
        Style style = Style::Paragraphs;
        BodyKind kind = BodyKind::Html;
        QDate date; // in Asia/Shanghai
        int seconds = 0; // since local midnight
        int mainEntity = -1; // index into entities(), or -1
        int policyBank = -1; // the policy bank the article is about, or -1
        bool hongKong = false; // a Hong Kong category: codes and markup prefer the H share
        bool inTitle = false; // expanding the title: always name the article's own entity
        quint64 mentioned = 0; // bit per entity: already marked up in this article
        QByteArray marked; // Sina's news_keyword list: sh601398&hk00939…
        int recent[2] = {-1, -1}; // the last sentences used
    };

    void appendFrontMatter(QByteArray &out, const QByteArray &title, const Category &category,
                           DateFormat format);
    void appendBody(QByteArray &out, const QByteArray &title, qint64 targetSize);
    void appendSentences(QByteArray &out, qint64 limit, QByteArrayView open, QByteArrayView close);
    void appendMarkdown(QByteArray &out, qint64 limit);
    void appendDate(QByteArray &out, DateFormat format) const;
    void appendImageUrl(QByteArray &out);
    void expand(QByteArray &out, const char *text, bool plain);
    void appendEntity(QByteArray &out, int entity, bool withCode, bool plain);
    void appendCode(QByteArray &out, const Entity &entity);
    const char *nextSentence();
    int pickEntity(EntityKind kind);
    void appendDecimal(QByteArray &out, int low, int high, int decimals);
    template<typename T> const T &pick(Table<T> table) { return table[int(m_rng.bounded(table.size))]; }

    QRandomGenerator &m_rng;
    Current m_current;
    int m_categoryWeightSum = 0;
};

} // namespace Broadsheet::Tools
