// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/frontmatter.h"

#include "core/frontmatterfast.h"
#include "core/logging.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <exception>
#include <optional>

namespace Broadsheet::Core {

using namespace Qt::StringLiterals;

namespace {

// yaml-cpp keeps an alias as a second reference to the anchored node, so loading a "billion
// laughs" block is cheap; walking it is what explodes. Every walk shares this budget, far
// above any real front matter (a dozen keys, a few categories).
constexpr int maxValues = 10000;
constexpr int maxDepth = 16;

struct Line {
    QStringView text; // without the line break
    qsizetype next = 0; // where the following line starts
};

Line lineAt(QStringView text, qsizetype from)
{
    const qsizetype end = text.indexOf(u'\n', from);
    const qsizetype stop = end < 0 ? text.size() : end;
    QStringView line = text.sliced(from, stop - from);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return {line, end < 0 ? text.size() : end + 1};
}

bool isDelimiter(QStringView line, QStringView marker)
{
    // Trailing spaces are invisible in an editor; leading ones would make it YAML content.
    qsizetype size = line.size();
    while (size > 0 && line[size - 1].isSpace())
        --size;
    return line.first(size) == marker;
}

// The two readers' nodes, seen alike so that readKeys() gives both the same meaning.
bool isScalar(const YAML::Node &node)
{
    return node.IsScalar();
}
bool isSequence(const YAML::Node &node)
{
    return node.IsSequence();
}
bool isMap(const YAML::Node &node)
{
    return node.IsMap();
}
int lineOf(const YAML::Node &node)
{
    return node.Mark().line;
}
QString text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

using FastNode = FrontMatterFast::Node;
bool isScalar(const FastNode &node)
{
    return node.kind == FastNode::Kind::Scalar;
}
bool isSequence(const FastNode &node)
{
    return node.kind == FastNode::Kind::Sequence;
}
bool isMap(const FastNode &)
{
    return false; // the fast reader refuses nested mappings
}
int lineOf(const FastNode &node)
{
    return node.line;
}
QStringView text(const FastNode &node)
{
    return node.scalar(); // empty unless a scalar
}

// A scalar's text without the spaces around it, as the fields keep it.
template<typename Node> QString trimmedText(const Node &node)
{
    return QStringView(text(node)).trimmed().toString();
}

// A key as readKeys() knows it: lower case. Real keys are ASCII and are compared as they are.
class KeyName
{
public:
    explicit KeyName(QStringView key)
        : m_key(key)
    {
        const bool ascii = std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii) {
            m_lowered = key.toString().toLower();
            m_key = m_lowered;
        }
    }

    bool operator==(QLatin1StringView name) const
    {
        if (m_key.size() != name.size())
            return false;
        if (!m_lowered.isNull())
            return m_key == name;
        // ASCII: lower case is one bit away.
        for (qsizetype i = 0; i < name.size(); ++i) {
            const char16_t c = m_key[i].unicode();
            if ((c >= u'A' && c <= u'Z' ? c | 0x20 : c) != char16_t(name[i].unicode()))
                return false;
        }
        return true;
    }

private:
    QStringView m_key;
    QString m_lowered;
};

// Walks lists depth-first and collects their scalars, within the shared budget.
class Flattener
{
public:
    bool exceeded() const { return m_exceeded; }

    template<typename Node> QStringList flatten(const Node &node)
    {
        QStringList items;
        collect(node, items, 0);
        return items;
    }

private:
    template<typename Node> void collect(const Node &node, QStringList &items, int depth)
    {
        if (m_exceeded)
            return;
        if (++m_visited > maxValues || depth > maxDepth) {
            m_exceeded = true;
            return;
        }
        if (isScalar(node)) {
            if (QString item = trimmedText(node); !item.isEmpty())
                items.append(std::move(item));
        } else if (isSequence(node)) {
            for (const Node &child : node)
                collect(child, items, depth + 1);
        }
        // Mappings inside a list (`- name: x`) have no meaning here and are left out.
    }

    int m_visited = 0;
    bool m_exceeded = false;
};

FrontMatter broken(FrontMatter frontMatter, const QString &error, int line)
{
    FrontMatter result;
    result.status = FrontMatter::Status::Broken;
    result.body = std::move(frontMatter.body);
    result.bodyLine = frontMatter.bodyLine;
    result.error = error;
    result.errorLine = line;
    return result;
}

// Reads the keys of a parsed mapping into `result`. Returns the first line of a key whose value
// expands beyond the budget, if any.
// `Map` is a YAML::Node or the fast reader's list of entries.
template<typename Map> std::optional<int> readKeys(const Map &root, int firstLine, FrontMatter &result)
{
    Flattener flattener;
    std::optional<qsizetype> sourceIndex;
    auto setOnce = [](QString &field, const auto &value) {
        if (field.isEmpty())
            field = trimmedText(value);
    };

    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!isScalar(it->first))
            continue; // complex keys (`? [a, b]`) are valid YAML but mean nothing to us
        const auto key = text(it->first); // a QString from yaml-cpp, a view from the fast reader
        const auto &value = it->second;
        const KeyName name(key);

        if (name == "title"_L1) {
            setOnce(result.title, value);
        } else if (name == "author"_L1) {
            setOnce(result.author, value);
        } else if (name == "date"_L1) {
            if (result.date.isEmpty() && isScalar(value)) {
                result.date = trimmedText(value);
                result.dateLine = firstLine + lineOf(value);
            }
        } else if (name == "headimg"_L1) {
            setOnce(result.headImage, value);
        } else if (name == "thumbnail"_L1) {
            setOnce(result.thumbnail, value);
        } else if (name == "link"_L1) {
            setOnce(result.link, value);
        } else if (name == "categories"_L1 || name == "tags"_L1) {
            QStringList &list = name == "tags"_L1 ? result.tags : result.categories;
            if (list.isEmpty())
                list = flattener.flatten(value);
        } else if (isMap(value)) {
            continue;
        } else {
            // `source` stays an extra unless there is no `link`: see the end.
            if (name == "source"_L1 && !sourceIndex)
                sourceIndex = result.extra.size();
            QString rendered = isSequence(value) ? flattener.flatten(value).join(u", "_s)
                                                 : QStringView(text(value)).toString();
            result.extra.append({QStringView(key).toString(), std::move(rendered)});
        }
        if (flattener.exceeded())
            return firstLine + lineOf(it->first);
    }

    if (result.link.isEmpty() && sourceIndex)
        result.link = result.extra.takeAt(*sourceIndex).second.trimmed();
    return std::nullopt;
}

// What readKeys() found, the same for both readers.
FrontMatter finish(FrontMatter result, std::optional<int> expandingLine)
{
    if (expandingLine) {
        qCWarning(lcReader) << "front matter expands beyond" << maxValues << "values";
        return broken(std::move(result),
                      QCoreApplication::translate("Broadsheet::Core::FrontMatterParser",
                                                  "The front matter has more values than an "
                                                  "article can have once its aliases (*name) "
                                                  "and nested lists are expanded, so it was "
                                                  "not read."),
                      *expandingLine);
    }
    result.status = FrontMatter::Status::Parsed;
    return result;
}

// The lines between the delimiters, and where they are in the file.
struct Block {
    QStringView text;
    int openingLine = 0;
    int closingLine = 0;
};

// Sets `result`'s body and finds the block. Nullopt when `result` is final already: the front
// matter is missing, never closed or too large.
std::optional<Block> split(QStringView text, FrontMatter &result)
{
    const qsizetype position = text.startsWith(QChar(0xFEFF)) ? 1 : 0;

    // Blank lines before the block are allowed: the Sina sample starts with one.
    int lineNumber = 1;
    Line line = lineAt(text, position);
    while (line.text.trimmed().isEmpty() && line.next < text.size()) {
        line = lineAt(text, line.next);
        ++lineNumber;
    }
    if (!isDelimiter(line.text, u"---")) {
        result.body = text.sliced(position).toString();
        return std::nullopt; // Missing: all of it is body
    }

    const int openingLine = lineNumber;
    const qsizetype blockStart = line.next;
    qsizetype blockEnd = -1;
    while (line.next < text.size()) {
        const qsizetype lineStart = line.next;
        line = lineAt(text, lineStart);
        ++lineNumber;
        if (isDelimiter(line.text, u"---") || isDelimiter(line.text, u"...")) {
            blockEnd = lineStart;
            break;
        }
    }

    if (blockEnd < 0) {
        result.body = text.sliced(blockStart).toString();
        result.bodyLine = openingLine + 1;
        result = broken(std::move(result),
                        QCoreApplication::translate("Broadsheet::Core::FrontMatterParser",
                                                    "The front matter that starts on line %1 is never "
                                                    "closed by a “---” line.")
                            .arg(openingLine),
                        openingLine);
        return std::nullopt;
    }

    const int closingLine = lineNumber;
    result.body = text.sliced(line.next).toString();
    result.bodyLine = closingLine + 1;
    const QStringView block = text.sliced(blockStart, blockEnd - blockStart);
    if (block.size() > FrontMatterParser::maxBlockSize) {
        result = broken(std::move(result),
                        QCoreApplication::translate("Broadsheet::Core::FrontMatterParser",
                                                    "The front matter is larger than %1 KB, so it "
                                                    "was not read.")
                            .arg(FrontMatterParser::maxBlockSize / 1024),
                        openingLine);
        return std::nullopt;
    }
    return Block {block, openingLine, closingLine};
}

FrontMatter readWithYamlCpp(const Block &block, FrontMatter result)
{
    const int firstLine = block.openingLine + 1;
    try {
        // yaml-cpp would count a CR as a line of its own in some places; the line numbers of
        // its errors must match the file's.
        QString yaml = block.text.toString();
        yaml.replace(u"\r\n"_s, u"\n"_s);
        const YAML::Node root = YAML::Load(yaml.toStdString());

        if (root.IsNull()) {
            result.status = FrontMatter::Status::Parsed; // `---` `---`: valid, just empty
            return result;
        }
        if (!root.IsMap()) {
            return broken(std::move(result),
                          QCoreApplication::translate("Broadsheet::Core::FrontMatterParser",
                                                      "The front matter is not a list of “key: "
                                                      "value” lines."),
                          firstLine + qMax(0, root.Mark().line));
        }
        const std::optional<int> expandingLine = readKeys(root, firstLine, result);
        return finish(std::move(result), expandingLine);
    } catch (const YAML::Exception &e) {
        // e.mark.line counts from 0 within the block; the message must name the file's line.
        // An error found at the very end ("end of map not found") points at the closing line.
        const int line = e.mark.is_null() ? block.openingLine
                                          : qBound(firstLine, firstLine + e.mark.line, block.closingLine);
        return broken(std::move(result),
                      QCoreApplication::translate("Broadsheet::Core::FrontMatterParser",
                                                  "The front matter is not valid YAML: %1.")
                          .arg(QString::fromStdString(e.msg)),
                      line);
    } catch (const std::exception &e) {
        // yaml-cpp can also let std::bad_alloc and friends through.
        qCWarning(lcReader) << "yaml-cpp failed:" << e.what();
        return broken(std::move(result),
                      QCoreApplication::translate("Broadsheet::Core::FrontMatterParser",
                                                  "The front matter could not be read."),
                      block.openingLine);
    }
}

enum class Reader { FastFirst, YamlCppOnly };

FrontMatter parseWith(QStringView text, Reader reader)
{
    FrontMatter result;
    const std::optional<Block> block = split(text, result);
    if (!block)
        return result;
    // Most front matter is flat `key: value` lines, which yaml-cpp's scanner makes the slowest
    // part of opening a large library; the fast reader hands anything else back to it.
    if (reader == Reader::FastFirst) {
        if (const auto entries = FrontMatterFast::read(block->text)) {
            const std::optional<int> expandingLine = readKeys(*entries, block->openingLine + 1, result);
            return finish(std::move(result), expandingLine);
        }
    }
    return readWithYamlCpp(*block, std::move(result));
}

} // namespace

FrontMatter FrontMatterParser::parse(QStringView text)
{
    return parseWith(text, Reader::FastFirst);
}

FrontMatter FrontMatterParser::parseWithYamlCpp(QStringView text)
{
    return parseWith(text, Reader::YamlCppOnly);
}

bool FrontMatterParser::isFlat(QStringView text)
{
    FrontMatter scratch;
    const std::optional<Block> block = split(text, scratch);
    return block && FrontMatterFast::read(block->text).has_value();
}

} // namespace Broadsheet::Core
