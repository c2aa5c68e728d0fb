// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <optional>
#include <utility>
#include <vector>

// FrontMatterParser's own reader for "flat" front matter, the shape nearly every article has:
//
//   title: '河南银行'
//   categories:
//    - 金融
//    - "新浪财经"
//   date: Thu, 10 Feb 2022 09:43:08 GMT
//
// yaml-cpp spends most of a library scan's time on these few lines. This reader accepts only a
// subset of YAML whose meaning it is sure of and answers "not mine" for anything else, so that
// yaml-cpp reads it as before. It gives what yaml-cpp would give, node for node, and
// FrontMatterParser reads both with the same code.
namespace Broadsheet::Core::FrontMatterFast {

// One value of the subset: a null, a scalar, or a list of nulls and scalars.
struct Node {
    enum class Kind : quint8 { Null, Scalar, Sequence };

    Kind kind = Kind::Null;
    int line = 0; // 0-based line within the block, like YAML::Mark::line
    std::vector<Node> items; // with Kind::Sequence (std::vector: QList needs a complete type)

    // With Kind::Scalar: the text yaml-cpp's Node::Scalar() would hold. A view into the block
    // read, which must outlive the node, unless quotes had to be undone.
    QStringView scalar() const { return m_unescaped.isNull() ? m_view : QStringView(m_unescaped); }
    void setScalar(QStringView view)
    {
        kind = Kind::Scalar;
        m_view = view;
    }
    void setScalar(QString unescaped)
    {
        kind = Kind::Scalar;
        m_unescaped = std::move(unescaped);
    }

    auto begin() const { return items.begin(); }
    auto end() const { return items.end(); }

private:
    QStringView m_view;
    QString m_unescaped;
};

// A key (always a scalar) and its value, in file order; duplicates are kept, as yaml-cpp does.
using Entry = std::pair<Node, Node>;
// On the stack for a dozen keys: a list on the heap is a large allocation of its own at every
// file, and the allocator then tidies its free lists each time.
using Entries = QVarLengthArray<Entry, 12>;

// The entries of `block` (the lines between the `---` delimiters, line breaks LF or CRLF), or
// nullopt when it is not entirely in the subset: then only yaml-cpp knows what it means. The
// entries' scalars point into `block`.
std::optional<Entries> read(QStringView block);

} // namespace Broadsheet::Core::FrontMatterFast
