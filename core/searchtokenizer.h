// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

#include <algorithm>

namespace Broadsheet::Core {

// How the full-text index cuts text into tokens, and how a query is cut the same way.
//
// Chinese has no spaces and most words are two characters (银行, 河南, 工行), so words cannot
// be found by splitting. Every run of CJK characters (Han, kana, Hangul) is stored as its
// overlapping pairs, plus the run's last character alone:
//     河南银行  →  河南 南银 银行 行
// Then every occurrence of a character is the start of exactly one token, so
//  - a 1-character query 河 is the prefix query 河* (a token starting with 河),
//  - a 2-character query 河南 is the token 河南,
//  - a longer query 中国银行 is the phrase 中国 国银 银行 (consecutive tokens),
// and each returns exactly the articles in which a substring scan finds the query inside a
// run of CJK characters. A query is tokenized in Query mode, which leaves out the lone last
// character of a run that ends the query (the text may go on after it: 河南 must match
// 河南省, whose tokens are 河南 南省 省).
//
// Other letters and digits make words (Latin, Cyrillic, digits: Shibor, 2022), folded to lower
// case. Everything else separates tokens. Tokens are UTF-8, with byte offsets into the input,
// as SQLite's FTS5 wants them.
class SearchTokenizer final
{
public:
    enum class Mode { Document, Query };
    static constexpr size_t maxWordBytes = 128;

    // Calls emit(std::string_view token, int start, int end) for every token of `utf8`;
    // start and end are byte offsets of the text the token stands for. Stops early when emit
    // returns false. Invalid UTF-8 bytes separate tokens.
    template<typename Emit> static void tokenize(std::string_view utf8, Mode mode, Emit &&emit);

    // The CJK characters of `utf8`, each once (a document's characters, for the table single
    // characters are looked up in), as emit(token, start, end) like tokenize().
    template<typename Emit> static void characters(std::string_view utf8, Emit &&emit);

    // The tokens of `text`, for tests and debugging.
    static QStringList tokens(const QString &text, Mode mode = Mode::Document);

    static bool isCjk(char32_t c);
    static bool isWordCharacter(char32_t c);

private:
    static char32_t decode(std::string_view utf8, size_t at, size_t &length);
    static void foldWord(std::string_view word, std::string &out);
};

template<typename Emit> void SearchTokenizer::tokenize(std::string_view utf8, Mode mode, Emit &&emit)
{
    // The current CJK run: where the previous character started and ended.
    size_t previousStart = 0;
    size_t previousEnd = 0;
    bool inRun = false;
    int runLength = 0;
    std::string folded;

    size_t at = 0;
    while (at < utf8.size()) {
        size_t length = 0;
        const char32_t c = decode(utf8, at, length);
        if (isCjk(c)) {
            if (inRun) {
                if (!emit(utf8.substr(previousStart, at + length - previousStart), int(previousStart),
                          int(at + length)))
                    return;
            }
            inRun = true;
            ++runLength;
            previousStart = at;
            previousEnd = at + length;
            at += length;
            continue;
        }
        if (inRun) {
            // The run ends before a character of another kind: its last character stands alone.
            inRun = false;
            runLength = 0;
            if (!emit(utf8.substr(previousStart, previousEnd - previousStart), int(previousStart),
                      int(previousEnd)))
                return;
        }
        if (!isWordCharacter(c)) {
            at += length;
            continue;
        }
        const size_t start = at;
        bool ascii = true;
        while (at < utf8.size()) {
            size_t wordLength = 0;
            const char32_t w = decode(utf8, at, wordLength);
            if (!isWordCharacter(w))
                break;
            ascii = ascii && w < 0x80;
            at += wordLength;
        }
        const std::string_view word = utf8.substr(start, at - start);
        if (ascii) {
            folded.assign(word);
            for (char &ch : folded)
                ch = (ch >= 'A' && ch <= 'Z') ? char(ch - 'A' + 'a') : ch;
        } else {
            foldWord(word, folded);
        }
        // A "word" of thousands of letters (base64 or a mangled scrape) would be one huge token:
        // words are kept to their first maxWordBytes, in queries too, so they still match.
        if (folded.size() > maxWordBytes) {
            size_t cut = maxWordBytes;
            while (cut > 0 && (static_cast<unsigned char>(folded[cut]) & 0xC0) == 0x80)
                --cut; // not inside a character
            folded.resize(cut);
        }
        if (!emit(std::string_view(folded), int(start), int(at)))
            return;
    }
    // A run that ends the text: in a query the text may go on after it, so no lone last
    // character — except when it is the whole run (a 1-character query, matched as a prefix).
    if (inRun && (mode == Mode::Document || runLength == 1))
        emit(utf8.substr(previousStart, previousEnd - previousStart), int(previousStart), int(previousEnd));
}

template<typename Emit> void SearchTokenizer::characters(std::string_view utf8, Emit &&emit)
{
    // An article uses a few hundred distinct characters: a sorted vector beats a hash here.
    std::vector<char32_t> seen;
    size_t at = 0;
    while (at < utf8.size()) {
        size_t length = 0;
        const char32_t c = decode(utf8, at, length);
        if (isCjk(c)) {
            const auto found = std::lower_bound(seen.begin(), seen.end(), c);
            if (found == seen.end() || *found != c) {
                seen.insert(found, c);
                if (!emit(utf8.substr(at, length), int(at), int(at + length)))
                    return;
            }
        }
        at += length;
    }
}

} // namespace Broadsheet::Core
