export * from '@kamkit/core';
