// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../metadata/entity.h"
#include "../util/result.h"

#include <QHash>
#include <QVariantMap>

namespace trato {

class Database;

// Finds the record an imported row duplicates: one already in the database or one created earlier
// in the same file. Keys, strongest first: each email lower-cased; personal phone numbers (mobile,
// home) by their last nine digits — a company switchboard shared by many contacts is not a key;
// the tax id; the display name (accents and case folded) together with the company (account id or
// company name). Keys are kept as 64-bit hashes so a million-row file costs tens of MB, not hundreds.
//
// This is the one place the importer asks "is this a duplicate?": when core/dedupe's
// DuplicateFinder lands, keys() and the lookups below are what switch to it.
class ImportMatcher
{
public:
    explicit ImportMatcher(const Entity &entity);

    // The keys of a record given its values in storage form.
    QList<quint64> keys(const QVariantMap &values) const;
    // Reads the keys of every active record of the entity (one scan).
    Status loadExisting(Database &db);
    // The rid of a matching record (existing or added), or 0.
    qint64 find(const QList<quint64> &keys) const;
    void add(const QList<quint64> &keys, qint64 rid);
    bool empty() const { return m_index.isEmpty(); }

private:
    const Entity &m_entity;
    QStringList m_emailFields, m_phoneFields;
    QString m_companyField;
    bool m_hasTaxId = false;
    QHash<quint64, qint64> m_index;
};

} // namespace trato
