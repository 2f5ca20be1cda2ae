// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "util/result.h"

class QListWidget;
class QPushButton;
class QTreeWidget;

namespace trato {

// The "Options" tab of a product: its option groups and their options (name, SKU code, price
// change, default; groups required or optional) and the pairs of options that cannot go together.
// Every edit goes through Configuration / RecordStore (one transaction each).
class ProductOptionsView : public RecordViewPart
{
    Q_OBJECT
public:
    explicit ProductOptionsView(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;

    QTreeWidget *tree() const { return m_tree; }
    QListWidget *incompatibilities() const { return m_pairs; }
    void reload();

    // The edits the buttons make (public for tests; each reports failures through message()).
    bool addGroup(const QString &name, bool required);
    bool addOption(const QString &group, const QString &name, const QString &code, qint64 priceDelta, bool isDefault);
    bool addIncompatibility(const QString &optionA, const QString &optionB);
    bool renameSelected(const QString &name);
    bool deleteSelected();
    bool toggleRequired();

private:
    void addGroupClicked();
    void addOptionClicked();
    void addPairClicked();
    void renameClicked();
    bool report(const Status &status);

    Database &m_db;
    QString m_id;
    QTreeWidget *m_tree;
    QListWidget *m_pairs;
    QPushButton *m_addOption;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_required;
    QPushButton *m_removePair;
};

// The "Configure…" button of a product's record view: tries the Configure dialog.
class ConfigureButton : public RecordViewPart
{
    Q_OBJECT
public:
    explicit ConfigureButton(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    QPushButton *button() const { return m_button; }

private:
    Database &m_db;
    QString m_id;
    QPushButton *m_button;
};

void registerCatalogViews();

} // namespace trato
