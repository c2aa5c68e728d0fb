// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/corpusgen/corpusgenerator.h"

#include "tools/corpusgen/articlecomposer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Broadsheet::Tools {

namespace {

// Sizes of whole files (see nextTargetSize).
constexpr qint64 kMinSize = 500;
constexpr qint64 kMaxSize = 15000;
constexpr qint64 kDefaultAverage = 3500;

} // namespace

CorpusGenerator::CorpusGenerator(const CorpusOptions &options)
    : m_options(options)
    , m_rng(options.seed)
{ }

bool CorpusGenerator::generate(const QString &outDir)
{
    const QDir dir(outDir);
    if (dir.exists() && !m_options.force
        && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        m_error = u"%1 is not empty (use --force to write into it anyway)"_s.arg(outDir);
        return false;
    }
    if (!dir.mkpath(u"."_s)) {
        m_error = u"cannot create %1"_s.arg(outDir);
        return false;
    }

    ArticleComposer composer(m_rng);
    QSet<QString> madeFolders;
    QByteArray buffer;
    buffer.reserve(kMaxSize + 4096);
    for (qint64 i = 0; i < m_options.count; ++i) {
        buffer.resize(0);
        const ArticleComposer::Facts facts = composer.compose(i, nextTargetSize(i), buffer);
        const QString &relativePath = facts.relativePath;

        const QString folder = relativePath.left(relativePath.lastIndexOf(u'/'));
        if (!madeFolders.contains(folder)) {
            if (!dir.mkpath(folder)) {
                m_error = u"cannot create %1"_s.arg(dir.filePath(folder));
                return false;
            }
            madeFolders.insert(folder);
        }
        QFile file(dir.filePath(relativePath));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(buffer) != buffer.size()) {
            m_error = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
            return false;
        }

        const qint64 size = buffer.size();
        m_stats.bytes += size;
        m_stats.smallest = m_stats.articles == 0 ? size : std::min(m_stats.smallest, size);
        m_stats.largest = std::max(m_stats.largest, size);
        ++m_stats.articles;
        ++m_stats.categories[facts.category];
        ++m_stats.years[facts.year];
        ++m_stats.sources[facts.source];
        ++m_stats.bodyKinds[facts.bodyKind];
        ++m_stats.dateFormats[facts.dateFormat];
    }
    return writeManifest(outDir);
}

// Draws the next file size from a log-normal distribution (most articles a few KB, a long
// tail of reports), clamped to [kMinSize, kMaxSize], whose mean is what the remaining
// articles need to reach the target total. Steering by the bytes already written absorbs
// what fixed parts (front matter, Sina's tail) add, so totals land close to the target.
qint64 CorpusGenerator::nextTargetSize(qint64 index)
{
    constexpr double sigma = 0.75;
    const qint64 total =
        m_options.targetBytes > 0 ? m_options.targetBytes : m_options.count * kDefaultAverage;
    const double remaining = double(m_options.count - index);
    // Beyond kMaxSize the mean only pushes more draws against the clamp: large targets need that.
    const double mean =
        std::clamp(double(total - m_stats.bytes) / remaining, double(kMinSize), 4.0 * double(kMaxSize));
    // Box-Muller: QRandomGenerator has no normal distribution of its own.
    const double u1 = 1.0 - m_rng.generateDouble(); // (0, 1], so the logarithm is finite
    const double u2 = m_rng.generateDouble();
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    const double size = mean * std::exp(sigma * normal - sigma * sigma / 2.0);
    return std::clamp(qint64(size), kMinSize, kMaxSize);
}

bool CorpusGenerator::writeManifest(const QString &outDir)
{
    const auto toJson = [](const QMap<QString, qint64> &map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    const QJsonObject manifest {
        {u"generator"_s, u"broadsheet-corpusgen"_s},
        {u"seed"_s, qint64(m_options.seed)},
        {u"articles"_s, m_stats.articles},
        {u"total_bytes"_s, m_stats.bytes},
        {u"smallest_bytes"_s, m_stats.smallest},
        {u"largest_bytes"_s, m_stats.largest},
        {u"note"_s,
         u"Counts of the article files only (not this file). Categories join levels with ' › '; "
         u"years are those of the date in Asia/Shanghai, as the folders are."_s},
        {u"categories"_s, toJson(m_stats.categories)},
        {u"years"_s, toJson(m_stats.years)},
        {u"sources"_s, toJson(m_stats.sources)},
        {u"body_kinds"_s, toJson(m_stats.bodyKinds)},
        {u"date_formats"_s, toJson(m_stats.dateFormats)},
    };
    QFile file(QDir(outDir).filePath(u"corpus-manifest.json"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(manifest).toJson()) < 0) {
        m_error = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Broadsheet::Tools
