// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QList>
#include <QString>

namespace trato {

class Database;

struct SearchHit
{
    QString entity;
    QString id;
    QString title;
    QString detail; // e.g. the email or phone that matched, for the result list
};

// Global search (Ctrl+K) over every entity's FTS5 index: accents ignored, each word prefix-matched,
// best matches first within an entity. Run it off the GUI thread: a one-letter prefix over a
// million rows takes a noticeable fraction of a second.
class GlobalSearch
{
public:
    explicit GlobalSearch(Database &db);
    Result<QList<SearchHit>> search(const QString &text, int perEntityLimit = 10) const;

private:
    Database &m_db;
};

} // namespace trato
