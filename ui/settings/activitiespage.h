// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities/followuprules.h"

#include <QWidget>

class QRadioButton;
class QTableWidget;

namespace trato {

class Database;

// Settings → Activities: the team's sales loop (suggest or require a next step) and its follow-up
// rules (what each outcome proposes next). Both are team settings stored in the database, so every
// user and trato-cli follow them. Saved when the Settings dialog is accepted (save()).
class ActivitiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivitiesPage(Database &db, QWidget *parent = nullptr);

    // The rules as edited in the table.
    QList<FollowUpRule> rules() const;
    // Checks and saves both settings; on a refusal nothing is saved and the message is returned.
    Status save();

private:
    void load(const QList<FollowUpRule> &rules);

    Database &m_db;
    QRadioButton *m_suggest;
    QRadioButton *m_require;
    QTableWidget *m_table;
    QList<FollowUpRule> m_loaded;
};

} // namespace trato
