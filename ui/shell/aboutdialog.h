// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace trato {

class Database;

// Help -> About: version, licence, Qt version, the database file in use and its schema version.
class AboutDialog : public QMessageBox
{
    Q_OBJECT
public:
    AboutDialog(Database &db, QWidget *parent = nullptr);
};

} // namespace trato
