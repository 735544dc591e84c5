//! The in-memory "disk": a tree of directories and files in which every file holds the bytes
//! readers see now (`data`) and the bytes as of its last fsync (`synced`). Name-space changes
//! take effect at once and count as durable; a power cut copies `synced` back over `data`.

use std::collections::{BTreeMap, HashMap};
use std::ffi::{OsStr, OsString};
use std::time::SystemTime;

use fuser::{Errno, FileAttr, FileType, INodeNo};

use crate::Stats;

/// Files may not grow past this (the model keeps every byte in memory).
const MAX_FILE_SIZE: u64 = 1 << 32;
const MAX_NAME_LENGTH: usize = 255;
const BLOCK_SIZE: u32 = 4096;

pub(crate) enum Contents {
    Directory(BTreeMap<OsString, u64>),
    File { data: Vec<u8>, synced: Vec<u8> },
}

pub(crate) struct Node {
    parent: u64,
    contents: Contents,
    perm: u16,
    uid: u32,
    gid: u32,
    atime: SystemTime,
    mtime: SystemTime,
    ctime: SystemTime,
    /// False once the node lost its name (unlinked or replaced); it lives on while open.
    linked: bool,
    open_handles: u32,
}

/// Everything behind the disk's lock: the tree, the counters, and which mount may talk to it.
pub(crate) struct State {
    nodes: HashMap<u64, Node>,
    next_ino: u64,
    next_handle: u64,
    pub(crate) stats: Stats,
    /// True from `Disk::mount` until that mount is unmounted (cut or not).
    pub(crate) mounted: bool,
    /// The mount whose requests are served; `None` after a cut or an unmount.
    pub(crate) live_mount: Option<u64>,
    next_mount: u64,
}

/// Bytes that differ between `data` and `synced`, counting every position past the shorter one.
fn differing_bytes(data: &[u8], synced: &[u8]) -> u64 {
    let common = data.iter().zip(synced).filter(|(a, b)| a != b).count();
    (common + data.len().abs_diff(synced.len())) as u64
}

impl State {
    pub(crate) fn new(uid: u32, gid: u32) -> State {
        let now = SystemTime::now();
        let root = Node {
            parent: INodeNo::ROOT.0,
            contents: Contents::Directory(BTreeMap::new()),
            perm: 0o755,
            uid,
            gid,
            atime: now,
            mtime: now,
            ctime: now,
            linked: true,
            open_handles: 0,
        };
        State {
            nodes: HashMap::from([(INodeNo::ROOT.0, root)]),
            next_ino: INodeNo::ROOT.0 + 1,
            next_handle: 1,
            stats: Stats::default(),
            mounted: false,
            live_mount: None,
            next_mount: 1,
        }
    }

    /// Starts serving a new mount: handles of earlier mounts are gone, and so are the files
    /// that only they kept alive. Returns the new mount's id.
    pub(crate) fn begin_mount(&mut self) -> u64 {
        self.forget_handles();
        let id = self.next_mount;
        self.next_mount += 1;
        self.mounted = true;
        self.live_mount = Some(id);
        id
    }

    fn forget_handles(&mut self) {
        self.nodes.retain(|_, node| node.linked);
        for node in self.nodes.values_mut() {
            node.open_handles = 0;
        }
    }

    /// The power cut: every file goes back to its synced bytes. Returns the bytes dropped.
    pub(crate) fn cut(&mut self) -> u64 {
        self.live_mount = None;
        self.forget_handles();
        let mut dropped = 0;
        for node in self.nodes.values_mut() {
            if let Contents::File { data, synced } = &mut node.contents {
                dropped += differing_bytes(data, synced);
                data.clone_from(synced);
            }
        }
        self.stats.cuts += 1;
        self.stats.bytes_dropped += dropped;
        dropped
    }

    fn node(&self, ino: INodeNo) -> Result<&Node, Errno> {
        self.nodes.get(&ino.0).ok_or(Errno::ENOENT)
    }

    fn node_mut(&mut self, ino: INodeNo) -> Result<&mut Node, Errno> {
        self.nodes.get_mut(&ino.0).ok_or(Errno::ENOENT)
    }

    fn entries(&self, dir: INodeNo) -> Result<&BTreeMap<OsString, u64>, Errno> {
        match &self.node(dir)?.contents {
            Contents::Directory(entries) => Ok(entries),
            Contents::File { .. } => Err(Errno::ENOTDIR),
        }
    }

    fn entries_mut(&mut self, dir: INodeNo) -> Result<&mut BTreeMap<OsString, u64>, Errno> {
        match &mut self.node_mut(dir)?.contents {
            Contents::Directory(entries) => Ok(entries),
            Contents::File { .. } => Err(Errno::ENOTDIR),
        }
    }

    fn file_mut(&mut self, ino: INodeNo) -> Result<(&mut Vec<u8>, &mut Vec<u8>), Errno> {
        match &mut self.node_mut(ino)?.contents {
            Contents::File { data, synced } => Ok((data, synced)),
            Contents::Directory(_) => Err(Errno::EISDIR),
        }
    }

    pub(crate) fn attr(&self, ino: INodeNo) -> Result<FileAttr, Errno> {
        let node = self.node(ino)?;
        let (kind, size, nlink) = match &node.contents {
            Contents::Directory(entries) => (FileType::Directory, entries.len() as u64, 2),
            Contents::File { data, .. } => (FileType::RegularFile, data.len() as u64, 1),
        };
        Ok(FileAttr {
            ino,
            size,
            blocks: size.div_ceil(512),
            atime: node.atime,
            mtime: node.mtime,
            ctime: node.ctime,
            crtime: node.ctime,
            kind,
            perm: node.perm,
            nlink: if node.linked { nlink } else { 0 },
            uid: node.uid,
            gid: node.gid,
            rdev: 0,
            blksize: BLOCK_SIZE,
            flags: 0,
        })
    }

    pub(crate) fn lookup(&self, parent: INodeNo, name: &OsStr) -> Result<FileAttr, Errno> {
        let ino = *self.entries(parent)?.get(name).ok_or(Errno::ENOENT)?;
        self.attr(INodeNo(ino))
    }

    /// Creates a directory or an empty file named `name` in `parent`.
    pub(crate) fn create(
        &mut self,
        parent: INodeNo,
        name: &OsStr,
        directory: bool,
        perm: u32,
        owner: (u32, u32),
    ) -> Result<FileAttr, Errno> {
        if name.len() > MAX_NAME_LENGTH {
            return Err(Errno::ENAMETOOLONG);
        }
        if self.entries(parent)?.contains_key(name) {
            return Err(Errno::EEXIST);
        }
        let ino = self.next_ino;
        self.next_ino += 1;
        let contents = if directory {
            Contents::Directory(BTreeMap::new())
        } else {
            Contents::File {
                data: Vec::new(),
                synced: Vec::new(),
            }
        };
        let now = SystemTime::now();
        let node = Node {
            parent: parent.0,
            contents,
            perm: (perm & 0o7777) as u16,
            uid: owner.0,
            gid: owner.1,
            atime: now,
            mtime: now,
            ctime: now,
            linked: true,
            open_handles: 0,
        };
        self.nodes.insert(ino, node);
        self.entries_mut(parent)?.insert(name.to_owned(), ino);
        self.touch(parent);
        self.attr(INodeNo(ino))
    }

    fn touch(&mut self, ino: INodeNo) {
        if let Ok(node) = self.node_mut(ino) {
            let now = SystemTime::now();
            node.mtime = now;
            node.ctime = now;
        }
    }

    /// The node lost its name: it goes away now, or when its last handle is released.
    fn unlink_node(&mut self, ino: u64) {
        if let Some(node) = self.nodes.get_mut(&ino) {
            node.linked = false;
            if node.open_handles == 0 {
                self.nodes.remove(&ino);
            }
        }
    }

    pub(crate) fn remove(
        &mut self,
        parent: INodeNo,
        name: &OsStr,
        directory: bool,
    ) -> Result<(), Errno> {
        let ino = *self.entries(parent)?.get(name).ok_or(Errno::ENOENT)?;
        self.check_kind(ino, directory)?;
        self.entries_mut(parent)?.remove(name);
        self.touch(parent);
        self.unlink_node(ino);
        Ok(())
    }

    /// Whether `ino` may be removed (or replaced) as a directory (`directory`) or a file:
    /// the errors unlink, rmdir and rename give for the wrong kind or a non-empty folder.
    fn check_kind(&self, ino: u64, directory: bool) -> Result<(), Errno> {
        match (&self.nodes[&ino].contents, directory) {
            (Contents::Directory(entries), true) if !entries.is_empty() => Err(Errno::ENOTEMPTY),
            (Contents::Directory(_), false) => Err(Errno::EISDIR),
            (Contents::File { .. }, true) => Err(Errno::ENOTDIR),
            _ => Ok(()),
        }
    }

    pub(crate) fn rename(
        &mut self,
        (parent, name): (INodeNo, &OsStr),
        (new_parent, new_name): (INodeNo, &OsStr),
        no_replace: bool,
    ) -> Result<(), Errno> {
        if new_name.len() > MAX_NAME_LENGTH {
            return Err(Errno::ENAMETOOLONG);
        }
        let ino = *self.entries(parent)?.get(name).ok_or(Errno::ENOENT)?;
        let moving_dir = matches!(self.nodes[&ino].contents, Contents::Directory(_));
        // A directory may not move below itself.
        let mut ancestor = new_parent.0;
        while moving_dir && ancestor != INodeNo::ROOT.0 {
            if ancestor == ino {
                return Err(Errno::EINVAL);
            }
            ancestor = self
                .nodes
                .get(&ancestor)
                .map_or(INodeNo::ROOT.0, |node| node.parent);
        }
        let replaced = self.entries(new_parent)?.get(new_name).copied();
        if let Some(target) = replaced {
            if target == ino {
                return Ok(());
            }
            if no_replace {
                return Err(Errno::EEXIST);
            }
            self.check_kind(target, moving_dir)?;
        }
        self.entries_mut(parent)?.remove(name);
        self.entries_mut(new_parent)?
            .insert(new_name.to_owned(), ino);
        if let Some(target) = replaced {
            self.unlink_node(target);
        }
        self.node_mut(INodeNo(ino))?.parent = new_parent.0;
        self.touch(parent);
        self.touch(new_parent);
        Ok(())
    }

    /// Lists `dir` from position `offset` on: (ino, kind, name), "." and ".." first.
    pub(crate) fn list(
        &self,
        dir: INodeNo,
        offset: u64,
    ) -> Result<Vec<(u64, FileType, OsString)>, Errno> {
        let entries = self.entries(dir)?;
        let parent = self.node(dir)?.parent;
        let dots = [(dir.0, ".".into()), (parent, "..".into())];
        let named = entries.iter().map(|(name, ino)| (*ino, name.clone()));
        Ok(dots
            .into_iter()
            .chain(named)
            .skip(offset as usize)
            .map(|(ino, name)| {
                let kind = match self.nodes.get(&ino).map(|node| &node.contents) {
                    Some(Contents::File { .. }) => FileType::RegularFile,
                    _ => FileType::Directory,
                };
                (ino, kind, name)
            })
            .collect())
    }

    pub(crate) fn open(&mut self, ino: INodeNo) -> Result<u64, Errno> {
        self.node_mut(ino)?.open_handles += 1;
        self.next_handle += 1;
        Ok(self.next_handle)
    }

    pub(crate) fn release(&mut self, ino: INodeNo) {
        if let Ok(node) = self.node_mut(ino) {
            node.open_handles = node.open_handles.saturating_sub(1);
            if !node.linked && node.open_handles == 0 {
                self.nodes.remove(&ino.0);
            }
        }
    }

    pub(crate) fn read(&mut self, ino: INodeNo, offset: u64, size: u32) -> Result<Vec<u8>, Errno> {
        let (data, _) = self.file_mut(ino)?;
        let start = (offset as usize).min(data.len());
        let end = start.saturating_add(size as usize).min(data.len());
        Ok(data[start..end].to_vec())
    }

    pub(crate) fn write(&mut self, ino: INodeNo, offset: u64, bytes: &[u8]) -> Result<u32, Errno> {
        let end = offset + bytes.len() as u64;
        if end > MAX_FILE_SIZE {
            return Err(Errno::EFBIG);
        }
        let (data, _) = self.file_mut(ino)?;
        if data.len() < end as usize {
            data.resize(end as usize, 0);
        }
        data[offset as usize..end as usize].copy_from_slice(bytes);
        self.touch(ino);
        self.stats.writes += 1;
        Ok(bytes.len() as u32)
    }

    /// Truncates or extends (with zeros) to `size`.
    pub(crate) fn set_len(&mut self, ino: INodeNo, size: u64) -> Result<(), Errno> {
        if size > MAX_FILE_SIZE {
            return Err(Errno::EFBIG);
        }
        self.file_mut(ino)?.0.resize(size as usize, 0);
        self.touch(ino);
        Ok(())
    }

    /// Extends to at least `size` (fallocate without flags).
    pub(crate) fn allocate(&mut self, ino: INodeNo, size: u64) -> Result<(), Errno> {
        let len = self.file_mut(ino)?.0.len() as u64;
        if size > len {
            self.set_len(ino, size)?;
        }
        Ok(())
    }

    pub(crate) fn set_metadata(
        &mut self,
        ino: INodeNo,
        perm: Option<u32>,
        owner: (Option<u32>, Option<u32>),
        times: (Option<SystemTime>, Option<SystemTime>),
    ) -> Result<(), Errno> {
        let node = self.node_mut(ino)?;
        if let Some(perm) = perm {
            node.perm = (perm & 0o7777) as u16;
        }
        node.uid = owner.0.unwrap_or(node.uid);
        node.gid = owner.1.unwrap_or(node.gid);
        node.atime = times.0.unwrap_or(node.atime);
        node.mtime = times.1.unwrap_or(node.mtime);
        node.ctime = SystemTime::now();
        Ok(())
    }

    /// fsync/fdatasync: the file's current bytes become durable.
    pub(crate) fn sync(&mut self, ino: INodeNo) -> Result<(), Errno> {
        if let Contents::File { data, synced } = &mut self.node_mut(ino)?.contents {
            synced.clone_from(data);
        }
        self.stats.syncs += 1;
        Ok(())
    }

    /// Bytes held by files, for statfs.
    pub(crate) fn used_bytes(&self) -> u64 {
        self.nodes
            .values()
            .map(|node| match &node.contents {
                Contents::File { data, .. } => data.len() as u64,
                Contents::Directory(_) => 0,
            })
            .sum()
    }

    pub(crate) fn node_count(&self) -> u64 {
        self.nodes.len() as u64
    }
}
