//! Conversation groups: named sets of conversations (at most 20 per user).

use super::{check_batch, codes, ConvKey, ConvRef, Effects, Engine, Failure, GroupEvent, Reply};

/// Most conversation groups per user.
pub const MAX_GROUPS: usize = 20;
/// Longest group name, in bytes.
pub const MAX_GROUP_NAME_BYTES: usize = 32;

fn check_name(name: &str) -> Result<(), Failure> {
    if name.is_empty() {
        return Err(Failure::new(codes::ERR_INVALID_PARAMETERS, "the conversation group name is empty"));
    }
    if name.len() > MAX_GROUP_NAME_BYTES {
        return Err(Failure::new(
            codes::ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH,
            format!("conversation group names are at most {MAX_GROUP_NAME_BYTES} bytes"),
        ));
    }
    Ok(())
}

impl Engine {
    fn existing_group(&self, name: &str) -> Result<(), Failure> {
        check_name(name)?;
        if self.groups.iter().any(|g| g == name) {
            Ok(())
        } else {
            Err(Failure::new(
                codes::ERR_SVR_CONV_CONV_GROUP_NOT_EXIST,
                format!("conversation group {name:?} does not exist"),
            ))
        }
    }

    /// Adds `name` to (or removes it from) each named conversation; returns the results and
    /// the conversations that changed.
    fn set_membership(
        &mut self,
        name: &str,
        convs: &[ConvRef],
        member: bool,
        fx: &mut Effects,
    ) -> (Vec<super::OpResult>, Vec<ConvKey>) {
        let mut changed = Vec::new();
        let results = self.for_each_ref(convs, fx, |engine, key, _| {
            let did =
                engine
                    .update(key, |c, _| {
                        if member {
                            c.groups.insert(name.to_owned())
                        } else {
                            c.groups.remove(name)
                        }
                    })
                    .expect("visible");
            if did {
                changed.push(key.clone());
            }
            did
        });
        (results, changed)
    }

    /// Conversations (hidden ones included) that belong to `name`.
    fn members(&self, name: &str) -> Vec<ConvKey> {
        self.convs.values().filter(|c| c.groups.contains(name)).map(|c| c.key.clone()).collect()
    }

    pub(super) fn create_group(
        &mut self,
        name: String,
        convs: Vec<ConvRef>,
        fx: &mut Effects,
    ) -> Result<Reply, Failure> {
        check_name(&name)?;
        if self.groups.contains(&name) {
            return Err(Failure::new(
                codes::ERR_INVALID_PARAMETERS,
                format!("conversation group {name:?} already exists"),
            ));
        }
        if self.groups.len() >= MAX_GROUPS {
            return Err(Failure::new(
                codes::ERR_SVR_CONV_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT,
                format!("at most {MAX_GROUPS} conversation groups"),
            ));
        }
        check_batch(&convs)?;
        self.groups.push(name.clone());
        let (results, changed) = self.set_membership(&name, &convs, true, fx);
        fx.group_events.push(GroupEvent::Created { name, convs: changed });
        Ok(Reply::Results(results))
    }

    pub(super) fn delete_group(&mut self, name: String, fx: &mut Effects) -> Result<Reply, Failure> {
        self.existing_group(&name)?;
        for key in self.members(&name) {
            self.update(&key, |c, _| c.groups.remove(&name));
            fx.touch(&key);
        }
        self.groups.retain(|g| g != &name);
        fx.group_events.push(GroupEvent::Deleted { name });
        Ok(Reply::Empty)
    }

    pub(super) fn rename_group(
        &mut self,
        old: String,
        new: String,
        fx: &mut Effects,
    ) -> Result<Reply, Failure> {
        self.existing_group(&old)?;
        check_name(&new)?;
        if old == new {
            return Ok(Reply::Empty);
        }
        if self.groups.contains(&new) {
            return Err(Failure::new(
                codes::ERR_INVALID_PARAMETERS,
                format!("conversation group {new:?} already exists"),
            ));
        }
        for key in self.members(&old) {
            self.update(&key, |c, _| {
                c.groups.remove(&old);
                c.groups.insert(new.clone());
            });
            fx.touch(&key);
        }
        for g in self.groups.iter_mut().filter(|g| **g == old) {
            *g = new.clone();
        }
        fx.group_events.push(GroupEvent::Renamed { old, new });
        Ok(Reply::Empty)
    }

    /// Adds conversations to (`member`) or removes them from an existing group.
    pub(super) fn change_membership(
        &mut self,
        name: String,
        convs: Vec<ConvRef>,
        member: bool,
        fx: &mut Effects,
    ) -> Result<Reply, Failure> {
        self.existing_group(&name)?;
        check_batch(&convs)?;
        let (results, changed) = self.set_membership(&name, &convs, member, fx);
        if !changed.is_empty() {
            fx.group_events.push(if member {
                GroupEvent::Added { name, convs: changed }
            } else {
                GroupEvent::Removed { name, convs: changed }
            });
        }
        Ok(Reply::Results(results))
    }
}
