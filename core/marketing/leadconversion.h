// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../store/recordstore.h"
#include "../util/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace trato {

class Database;
class Transaction;

struct LeadConversionOptions
{
    QString accountId;         // link this existing account instead of creating one
    QString contactId;         // link this existing contact instead of creating one
    bool createAccount = true; // false: no account (a private person); ignored when accountId is set
};

struct LeadConversionResult
{
    QString leadId;
    QString accountId;         // empty: no account (no company on the lead, or createAccount false)
    QString contactId;
    bool accountCreated = false;
    bool contactCreated = false;
    int campaignMembers = 0;   // campaign memberships of the lead marked converted
    QString opportunityId;     // the opportunity the conversion opened (Comercial's step; empty: none)
};

// Turns a qualified lead into an account and a contact, in one transaction:
//  - the account gets the lead's company, website, phone and address; the contact its salutation,
//    names, title, email, phones, address, source (as lead_source) and notes, and the account;
//  - or existing records are linked instead (an existing contact without an account gets it);
//  - the lead stays, with status "converted" and converted_account/contact/at set;
//  - its campaign memberships become "converted" (they stay the lead's: a member is one record);
//  - the new contact's (and account's) History says it was converted from the lead;
//  - then every registered step runs in the same transaction (see addStep).
// Refused, with nothing written: a lead already converted, a disqualified lead (requalify it
// first), a lead in the Trash, linked records that do not exist or are in the Trash.
class LeadConversion
{
public:
    explicit LeadConversion(Database &db);

    // Lead field -> account / contact field. The GUI shows them; convert() applies them.
    static QList<QPair<QString, QString>> accountMapping();
    static QList<QPair<QString, QString>> contactMapping();
    // The values convert() would write for a lead (storage values; only non-empty ones).
    static QVariantMap accountValues(const Record &lead);
    static QVariantMap contactValues(const Record &lead);

    Result<LeadConversionResult> convert(const QString &leadId, const LeadConversionOptions &options = {});

    // Extension point for modules that take part in a conversion: the Comercial module adds an
    // opportunity here, the Activities issue moves the lead's calls/meetings/tasks to the contact.
    // Steps run inside the conversion's transaction, in the order added, after the account,
    // contact, lead and campaign members are written; a failing step rolls the whole conversion
    // back. Register once at start-up (not thread-safe against concurrent conversions).
    using Step = std::function<Status(Database &db, Transaction &tx, const Record &lead, LeadConversionResult &result)>;
    static void addStep(const QString &name, Step step);
    static void removeStep(const QString &name);

private:
    Database &m_db;
};

} // namespace trato
