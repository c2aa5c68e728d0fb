// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mentiondictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

struct MentionDictionary::Data {
    QList<DictionaryEntry> entries;
    QHash<QString, int> byCode; // "sh601398", "hk00939"
    QHash<QString, int> byName;
    QList<Surface> surfaces;
    TextMatcher matcher;
};

namespace {

bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() && c < u'\x80'; });
}

struct CsvRow {
    int line = 0;
    QStringList cells;
};

// RFC 4180 with two liberties for hand-edited files: lines starting with '#' are comments, and
// blank lines are skipped. Quoted cells may hold commas, quotes ("") and line breaks.
QList<CsvRow> readCsv(QStringView text, int *unclosedQuoteLine)
{
    QList<CsvRow> rows;
    *unclosedQuoteLine = 0;
    if (text.startsWith(u'\xfeff'))
        text = text.sliced(1);
    int line = 1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        if (text[i] == u'#' || text[i] == u'\n'
            || (text[i] == u'\r' && i + 1 < size && text[i + 1] == u'\n')) {
            // A comment or a blank line: skip to the next line.
            while (i < size && text[i] != u'\n')
                ++i;
            ++i;
            ++line;
            continue;
        }
        CsvRow row;
        row.line = line;
        QString cell;
        bool quoted = false;
        for (;;) {
            if (i >= size) {
                if (quoted) {
                    *unclosedQuoteLine = row.line;
                    return rows;
                }
                row.cells.append(cell);
                break;
            }
            const QChar c = text[i++];
            if (quoted) {
                if (c == u'"' && i < size && text[i] == u'"') {
                    cell += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    if (c == u'\n')
                        ++line;
                    cell += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                row.cells.append(cell);
                cell.clear();
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r' && i < size && text[i] == u'\n')
                    ++i;
                ++line;
                row.cells.append(cell);
                break;
            } else {
                cell += c;
            }
        }
        rows.append(row);
    }
    return rows;
}

// Company names this short are mostly ordinary words (康美, 中科, 银河); see README.md.
constexpr qsizetype shortCompanyName = 3;

void setAliases(DictionaryEntry &entry, const QString &cell)
{
    entry.aliases.clear();
    entry.listOnly.clear();
    entry.contextOnly.clear();
    QStringList unrestricted;
    const QStringList parts = cell.split(u';');
    for (QString alias : parts) {
        alias = alias.trimmed();
        QChar marker;
        if (alias.size() > 1 && (alias[0] == u'~' || alias[0] == u'-' || alias[0] == u'+')) {
            marker = alias[0];
            alias = alias.sliced(1).trimmed();
        }
        if (alias.isEmpty())
            continue;
        if (alias != entry.name && !entry.aliases.contains(alias))
            entry.aliases.append(alias);
        if (marker == u'~')
            entry.listOnly.append(alias);
        else if (marker == u'-')
            entry.contextOnly.append(alias);
        else if (marker == u'+')
            unrestricted.append(alias);
    }
    if (entry.kind != Mention::Kind::Company)
        return;
    const QStringList surfaces = QStringList {entry.name} + entry.aliases;
    for (const QString &surface : surfaces) {
        if (surface.size() < shortCompanyName && !unrestricted.contains(surface)
            && !entry.contextOnly.contains(surface) && !entry.listOnly.contains(surface))
            entry.contextOnly.append(surface);
    }
}

struct ParsedRow {
    DictionaryEntry entry;
    bool hasAliases = false;
};

// Where the header put each column; -1 when it has not got it.
struct Columns {
    qsizetype count = 0;
    int kind = -1, name = -1, fullName = -1, aliases = -1, aShare = -1, hShare = -1, english = -1;
};

// One data row; returns an error message or nothing.
QString parseRow(const CsvRow &row, const Columns &columns, ParsedRow *out)
{
    if (row.cells.size() != columns.count)
        return QCoreApplication::translate("Broadsheet::Core::MentionDictionary",
                                           "%1 cells, but the header has %2")
            .arg(row.cells.size())
            .arg(columns.count);
    const auto cell = [&](int index) {
        return index < 0 ? QString() : row.cells.at(index).trimmed();
    };
    DictionaryEntry &entry = out->entry;
    const QString kind = cell(columns.kind).toLower();
    if (kind == u"bank")
        entry.kind = Mention::Kind::Bank;
    else if (kind == u"company")
        entry.kind = Mention::Kind::Company;
    else
        return QCoreApplication::translate("Broadsheet::Core::MentionDictionary",
                                           "the kind must be “bank” or “company”, not “%1”")
            .arg(kind);
    entry.name = cell(columns.name);
    if (entry.name.isEmpty())
        return QCoreApplication::translate("Broadsheet::Core::MentionDictionary", "the name is empty");
    entry.fullName = cell(columns.fullName);
    entry.english = cell(columns.english);
    if (const QString a = cell(columns.aShare); !a.isEmpty()) {
        entry.aShare = MentionDictionary::normalizedCode(a);
        if (entry.aShare.isEmpty() || entry.aShare.startsWith(u"hk"))
            return QCoreApplication::translate("Broadsheet::Core::MentionDictionary",
                                               "“%1” is not an A-share code (sh600000, sz000001 or bj830799)")
                .arg(a);
    }
    if (const QString h = cell(columns.hShare); !h.isEmpty()) {
        const QString code = isAsciiDigits(h) && h.size() <= 5
            ? MentionDictionary::normalizedCode(h.rightJustified(5, u'0'))
            : MentionDictionary::normalizedCode(h);
        if (!code.startsWith(u"hk"))
            return QCoreApplication::translate("Broadsheet::Core::MentionDictionary",
                                               "“%1” is not a Hong Kong code (five digits, such as 00939)")
                .arg(h);
        entry.hShare = code.sliced(2);
    }
    const QString aliases = cell(columns.aliases);
    out->hasAliases = !aliases.isEmpty();
    setAliases(entry, aliases);
    return {};
}

// Where each name and code is, so that merging thousands of rows stays linear.
struct EntryIndex {
    QHash<QString, qsizetype> byName;
    QHash<QString, qsizetype> byCode; // "sh601398", "01398"

    qsizetype find(const DictionaryEntry &entry) const
    {
        qsizetype found = byName.value(entry.name, -1);
        if (found < 0 && !entry.aShare.isEmpty())
            found = byCode.value(entry.aShare, -1);
        if (found < 0 && !entry.hShare.isEmpty())
            found = byCode.value(entry.hShare, -1);
        return found;
    }
    void add(const DictionaryEntry &entry, qsizetype index)
    {
        byName.insert(entry.name, index);
        if (!entry.aShare.isEmpty())
            byCode.insert(entry.aShare, index);
        if (!entry.hShare.isEmpty())
            byCode.insert(entry.hShare, index);
    }
};

void mergeRow(QList<DictionaryEntry> &entries, EntryIndex &index, const ParsedRow &row)
{
    const DictionaryEntry &incoming = row.entry;
    const qsizetype found = index.find(incoming);
    if (found < 0) {
        entries.append(incoming);
        index.add(incoming, entries.size() - 1);
        return;
    }
    DictionaryEntry &entry = entries[found];
    const QString oldName = entry.name;
    entry.kind = incoming.kind;
    for (const auto field : {&DictionaryEntry::name, &DictionaryEntry::fullName, &DictionaryEntry::aShare,
                             &DictionaryEntry::hShare, &DictionaryEntry::english}) {
        if (!(incoming.*field).isEmpty())
            entry.*field = incoming.*field;
    }
    if (row.hasAliases) {
        entry.aliases = incoming.aliases;
        entry.listOnly = incoming.listOnly;
        entry.contextOnly = incoming.contextOnly;
    } else if (oldName != entry.name) {
        // Renamed: the old name's restriction goes with it, the new one's comes from the row.
        if (!entry.aliases.contains(oldName)) {
            entry.listOnly.removeAll(oldName);
            entry.contextOnly.removeAll(oldName);
        }
        if (incoming.contextOnly.contains(entry.name))
            entry.contextOnly.append(entry.name);
    }
    index.add(entry, found);
}

// Rows of one file merged into `entries`; problems as "source:line: message".
void mergeCsv(QList<DictionaryEntry> &entries, QStringView csv, const QString &source, QStringList *problems)
{
    const auto report = [&](int line, const QString &message) {
        if (problems)
            problems->append(u"%1:%2: %3"_s.arg(source).arg(line).arg(message));
    };
    int unclosedQuoteLine = 0;
    const QList<CsvRow> rows = readCsv(csv, &unclosedQuoteLine);
    if (rows.isEmpty()) {
        if (unclosedQuoteLine > 0)
            report(unclosedQuoteLine,
                   QCoreApplication::translate("Broadsheet::Core::MentionDictionary",
                                               "a quoted cell is never closed"));
        return;
    }
    Columns columns;
    columns.count = rows.constFirst().cells.size();
    for (int i = 0; i < columns.count; ++i) {
        const QString name = rows.constFirst().cells.at(i).trimmed().toLower();
        for (const auto &[column, field] : {std::pair {u"kind", &Columns::kind},
                                            {u"name", &Columns::name},
                                            {u"full_name", &Columns::fullName},
                                            {u"aliases", &Columns::aliases},
                                            {u"a_share", &Columns::aShare},
                                            {u"h_share", &Columns::hShare},
                                            {u"english", &Columns::english}}) {
            if (name == QStringView(column) && columns.*field < 0)
                columns.*field = i;
        }
    }
    if (columns.kind < 0 || columns.name < 0) {
        report(rows.constFirst().line,
               QCoreApplication::translate("Broadsheet::Core::MentionDictionary",
                                           "the header row must name the columns kind and name"));
        return;
    }
    EntryIndex index;
    for (qsizetype e = 0; e < entries.size(); ++e)
        index.add(entries.at(e), e);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        ParsedRow parsed;
        const QString error = parseRow(rows.at(r), columns, &parsed);
        if (error.isEmpty())
            mergeRow(entries, index, parsed);
        else
            report(rows.at(r).line, error);
    }
    if (unclosedQuoteLine > 0)
        report(unclosedQuoteLine,
               QCoreApplication::translate("Broadsheet::Core::MentionDictionary",
                                           "a quoted cell is never closed"));
}

// Archives write brackets both ways: 中国平安保险（集团） and 中国平安保险(集团).
QStringList bracketVariants(const QString &surface)
{
    QStringList variants {surface};
    if (surface.contains(u'(') || surface.contains(u')'))
        variants.append(QString(surface).replace(u'(', u'（').replace(u')', u'）'));
    if (surface.contains(u'（') || surface.contains(u'）'))
        variants.append(QString(surface).replace(u'（', u'(').replace(u'）', u')'));
    return variants;
}

} // namespace

MentionDictionary::MentionDictionary()
    : d(std::make_shared<const Data>())
{ }

MentionDictionary::MentionDictionary(std::shared_ptr<const Data> data)
    : d(std::move(data))
{ }

MentionDictionary MentionDictionary::build(QList<DictionaryEntry> entries)
{
    auto data = std::make_shared<Data>();
    data->entries = std::move(entries);
    QHash<QString, std::pair<int, int>> owner; // surface → (surface index, priority)
    QHash<QString, int> nameOwner; // name → priority
    QStringList patterns;
    for (int e = 0; e < data->entries.size(); ++e) {
        const DictionaryEntry &entry = data->entries.at(e);
        if (!entry.aShare.isEmpty())
            data->byCode.insert(entry.aShare, e);
        if (!entry.hShare.isEmpty())
            data->byCode.insert(u"hk"_s + entry.hShare, e);
        // Priority: 0 name, 1 full name, 2 alias, 3 English name (looked up, never searched).
        const QList<std::pair<QString, int>> names = [&] {
            QList<std::pair<QString, int>> list {{entry.name, 0}, {entry.fullName, 1}};
            for (const QString &alias : entry.aliases)
                list.append({alias, 2});
            list.append({entry.english, 3});
            return list;
        }();
        for (const auto &[name, priority] : names) {
            if (name.isEmpty())
                continue;
            if (const auto it = nameOwner.constFind(name); it == nameOwner.cend() || priority <= it.value()) {
                nameOwner.insert(name, priority);
                data->byName.insert(name, e);
            }
            if (priority == 3 || name.size() < 2)
                continue;
            const SurfaceRule rule = entry.contextOnly.contains(name) ? SurfaceRule::ContextOnly
                : entry.listOnly.contains(name)                       ? SurfaceRule::ListOnly
                                                                      : SurfaceRule::Anywhere;
            for (const QString &variant : bracketVariants(name)) {
                const auto it = owner.constFind(variant);
                if (it == owner.cend()) {
                    owner.insert(variant, {int(data->surfaces.size()), priority});
                    data->surfaces.append(Surface {variant, e, rule});
                    patterns.append(variant);
                } else if (priority <= it->second) {
                    data->surfaces[it->first] = Surface {variant, e, rule};
                    owner.insert(variant, {it->first, priority});
                }
            }
        }
    }
    data->matcher = TextMatcher(patterns);
    return MentionDictionary(std::move(data));
}

const MentionDictionary &MentionDictionary::builtin()
{
    static const MentionDictionary dictionary = [] {
        QList<DictionaryEntry> entries;
        // Banks first: a company row never takes a bank's name or code.
        for (const QString &file : {u"banks.csv"_s, u"companies-a-share.csv"_s, u"companies-extra.csv"_s}) {
            QFile resource(u":/broadsheet/dictionary/"_s + file);
            if (!resource.open(QIODevice::ReadOnly))
                continue; // cannot happen: the files are compiled in, and tests check them
            mergeCsv(entries, QString::fromUtf8(resource.readAll()), resource.fileName(), nullptr);
        }
        return build(std::move(entries));
    }();
    return dictionary;
}

MentionDictionary MentionDictionary::merged(QStringView csv, const QString &source,
                                            QStringList *problems) const
{
    QList<DictionaryEntry> entries = d->entries;
    mergeCsv(entries, csv, source, problems);
    return build(std::move(entries));
}

MentionDictionary MentionDictionary::withUserFile(const QString &path, QStringList *problems)
{
    QFile file(path);
    if (!file.exists())
        return builtin();
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(
                u"%1: %2"_s.arg(path,
                                QCoreApplication::translate("Broadsheet::Core::MentionDictionary",
                                                            "the file cannot be read (%1)")
                                    .arg(file.errorString())));
        return builtin();
    }
    return builtin().merged(QString::fromUtf8(file.readAll()), path, problems);
}

QString MentionDictionary::userFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(u"mentions.csv"_s);
}

const QList<DictionaryEntry> &MentionDictionary::entries() const
{
    return d->entries;
}

const DictionaryEntry *MentionDictionary::findByCode(QStringView code) const
{
    const int index = d->byCode.value(normalizedCode(code), -1);
    return index < 0 ? nullptr : &d->entries.at(index);
}

const DictionaryEntry *MentionDictionary::findByName(QStringView nameOrAlias) const
{
    const int index = d->byName.value(nameOrAlias.toString(), -1);
    return index < 0 ? nullptr : &d->entries.at(index);
}

int MentionDictionary::indexOf(const DictionaryEntry *entry) const
{
    if (!entry || d->entries.isEmpty() || entry < &d->entries.constFirst() || entry > &d->entries.constLast())
        return -1;
    return int(entry - &d->entries.constFirst());
}

QString MentionDictionary::normalizedCode(QStringView code)
{
    code = code.trimmed();
    QStringView market;
    QStringView digits = code;
    if (code.size() > 3 && code[code.size() - 3] == u'.') {
        // 601398.SH, 00939.HK; .SS is Yahoo's name for Shanghai.
        market = code.last(2);
        digits = code.first(code.size() - 3);
        if (market.compare(u"ss", Qt::CaseInsensitive) == 0)
            market = u"sh";
    } else if (code.size() > 2 && code[0].isLetter() && code[1].isLetter()) {
        // sh601398, HK00939, HK:00939
        market = code.first(2);
        digits = code.sliced(2);
        if (digits.startsWith(u':') || digits.startsWith(u'：'))
            digits = digits.sliced(1);
    }
    if (!isAsciiDigits(digits))
        return {};
    if (market.isEmpty()) {
        if (digits.size() == 5)
            return u"hk"_s + digits;
        if (digits.size() != 6)
            return {};
        // The exchanges' number ranges: 6/9 Shanghai (9xx: B shares), 0/2/3 Shenzhen, 4/8 and
        // 92 (since 2024) Beijing.
        switch (digits[0].unicode()) {
        case u'6':
            return u"sh"_s + digits;
        case u'0':
        case u'2':
        case u'3':
            return u"sz"_s + digits;
        case u'4':
        case u'8':
            return u"bj"_s + digits;
        case u'9':
            return (digits[1] == u'2' ? u"bj"_s : u"sh"_s) + digits;
        default:
            return {};
        }
    }
    const QString lower = market.toString().toLower();
    if (lower == u"hk")
        return digits.size() <= 5 ? u"hk"_s + digits.toString().rightJustified(5, u'0') : QString();
    if (lower == u"sh" || lower == u"sz" || lower == u"bj")
        return digits.size() == 6 ? lower + digits : QString();
    return {};
}

const QList<MentionDictionary::Surface> &MentionDictionary::surfaces() const
{
    return d->surfaces;
}

const TextMatcher &MentionDictionary::matcher() const
{
    return d->matcher;
}

} // namespace Broadsheet::Core
