// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace Broadsheet::Core {

// Recognizes the parts of a scraped article body that belong to the source site rather than
// to the article: Sina's "download our app" QR-code block, the "责任编辑：…" editor line.
//
// The rules live in one table in boilerplate.cpp, so another source is one more row. They
// look at an element's name, its class attribute and its text, which is why the sanitizer
// asks here before it throws class attributes away. Pure and thread-safe.
class Boilerplate final
{
public:
    enum class Action {
        Keep, // not boilerplate
        Remove, // drop the element and everything inside it
        RemoveEditor, // drop it, and report the editor's name found in its text
    };

    struct Verdict {
        Action action = Action::Keep;
        QString editor; // with RemoveEditor: the name, trimmed; may be empty
    };

    // What the sanitizer knows about one element.
    struct Element {
        QStringView tag; // lower-case name, "p"
        QStringView classes; // the class attribute as written; empty when absent
        // The element's text content, whitespace simplified, or nothing when it is longer than
        // kMaxTextLength: rules match short promotional lines, never whole articles. Only
        // called when a rule needs the text, because collecting it walks the subtree.
        std::function<std::optional<QString>()> text;
    };

    static constexpr qsizetype kMaxTextLength = 120;

    static Verdict judge(const Element &element);
};

} // namespace Broadsheet::Core
