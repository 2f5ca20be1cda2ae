// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"

class QLabel;
class QTableWidget;

namespace trato {

class Database;

// "Customers who bought X also bought Y" on record views (core/analytics/alsobought.h): on an
// account, the tab "Suggested products" (products it has not bought that the accounts sharing a
// product with it bought); on a product, "Bought together with". Computed on a worker; double-click
// opens the product.
class AlsoBoughtView : public RecordViewPart
{
    Q_OBJECT
public:
    enum class Mode { Account, Product };
    AlsoBoughtView(Database &db, Mode mode, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;

    QTableWidget *table() const { return m_table; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded();

private:
    Database &m_db;
    Mode m_mode;
    QString m_id;
    int m_generation = 0;
    bool m_loading = false;
    QLabel *m_note;
    QTableWidget *m_table;
};

void registerScoringViews();

} // namespace trato
